package followthrough.core.domain.user;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

/**
 * Cities, and a few countries with one time zone, as German, Russian and Ukrainian users write
 * them, with the zone each lies in. English names of the cities in the zone database ("Paris", "New
 * York") are found by {@link TimeZones} without this table.
 */
final class CityZones {

  /** Rows of "zone: name, name, ..."; {@code KYIV} stands for Kyiv under its installed id. */
  private static final String[] ROWS = {
    "Europe/Berlin: berlin, берлин, münchen, muenchen, munich, мюнхен, hamburg, гамбург, köln",
    "Europe/Berlin: koeln, cologne, кёльн, frankfurt, франкфурт, stuttgart, штутгарт, düsseldorf",
    "Europe/Berlin: duesseldorf, дюссельдорф, dresden, дрезден, leipzig, лейпциг, hannover",
    "Europe/Berlin: ганновер, nürnberg, nuernberg, nuremberg, нюрнберг, bremen, бремен, dortmund",
    "Europe/Berlin: дортмунд, bonn, бонн, deutschland, germany, германия",
    "Europe/Vienna: wien, вена, graz, грац, linz, линц, salzburg, зальцбург, innsbruck, инсбрук",
    "Europe/Vienna: österreich, oesterreich, austria, австрия",
    "Europe/Zurich: zürich, zuerich, цюрих, bern, берн, basel, базель, genf, geneva, genève",
    "Europe/Zurich: женева, luzern, lucerne, schweiz, switzerland, швейцария",
    "Europe/Moscow: moskau, moscow, москва, мск, msk, sankt petersburg, st petersburg",
    "Europe/Moscow: saint petersburg, санкт петербург, петербург, питер, спб, казань, kazan",
    "Europe/Moscow: нижний новгород, воронеж, ростов на дону, краснодар, сочи",
    "KYIV: kyiv, kiev, kiew, киев, київ, kharkiv, charkiw, харьков, харків, odesa, odessa, одесса",
    "KYIV: одеса, lviv, lemberg, львов, львів, dnipro, днепр, дніпро, ukraine, украина, україна",
    "Europe/London: лондон, london, england, uk, großbritannien, англия",
    "Europe/Minsk: минск, мінск, belarus, беларусь, weißrussland",
    "Europe/Kaliningrad: калининград, königsberg",
    "Europe/Samara: самара",
    "Asia/Yekaterinburg: екатеринбург, челябинск, пермь, уфа, тюмень",
    "Asia/Omsk: омск",
    "Asia/Novosibirsk: новосибирск",
    "Asia/Krasnoyarsk: красноярск",
    "Asia/Irkutsk: иркутск",
    "Asia/Vladivostok: владивосток",
    "Asia/Almaty: алматы, алма ата",
    "Asia/Tashkent: ташкент, taschkent",
    "Asia/Tbilisi: тбилиси, tiflis",
    "Asia/Yerevan: ереван, eriwan",
    "Asia/Baku: баку",
    "Europe/Chisinau: кишинёв, kischinau",
    "Europe/Riga: рига",
    "Europe/Vilnius: вильнюс, wilna",
    "Europe/Tallinn: таллин, таллинн, reval",
    "Europe/Warsaw: warschau, варшава",
    "Europe/Prague: prag, прага",
    "Europe/Paris: париж",
    "Europe/Rome: rom, рим",
    "Europe/Madrid: мадрид",
    "Europe/Amsterdam: амстердам",
    "Europe/Brussels: brüssel, брюссель",
    "Europe/Lisbon: lissabon, лиссабон",
    "Europe/Athens: athen, афины",
    "Europe/Istanbul: стамбул",
    "Europe/Helsinki: хельсинки",
    "Asia/Dubai: дубай",
    "Asia/Jerusalem: tel aviv, тель авив, israel, израиль",
    "America/New_York: нью йорк",
  };

  private CityZones() {}

  /** Normalized name → zone, built once. */
  static Map<String, ZoneId> table() {
    Map<String, ZoneId> table = new HashMap<>();
    for (String row : ROWS) {
      int colon = row.indexOf(':');
      String id = row.substring(0, colon);
      ZoneId zone = id.equals("KYIV") ? TimeZones.kyiv() : ZoneId.of(id);
      for (String name : row.substring(colon + 1).split(",")) {
        table.put(TimeZones.normalize(name), zone);
      }
    }
    return table;
  }
}
