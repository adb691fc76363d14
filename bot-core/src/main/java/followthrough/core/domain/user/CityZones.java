package followthrough.core.domain.user;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

/**
 * Cities, and a few countries with one time zone, as German, Russian and Ukrainian users write
 * them, with the zone each lies in. English names of the cities in the zone database ("Paris",
 * "New York") are found by {@link TimeZones} without this table.
 */
final class CityZones {

  private CityZones() {}

  /** Normalized name → zone, built once. */
  static Map<String, ZoneId> table() {
    Map<String, ZoneId> table = new HashMap<>();
    add(table, "Europe/Berlin",
        "berlin, берлин, münchen, muenchen, munich, мюнхен, hamburg, гамбург, köln, koeln,"
            + " cologne, кёльн, frankfurt, франкфурт, stuttgart, штутгарт, düsseldorf,"
            + " duesseldorf, дюссельдорф, dresden, дрезден, leipzig, лейпциг, hannover, ганновер,"
            + " nürnberg, nuernberg, nuremberg, нюрнберг, bremen, бремен, dortmund, дортмунд, bonn,"
            + " бонн, deutschland, germany, германия");
    add(table, "Europe/Vienna",
        "wien, вена, graz, грац, linz, линц, salzburg, зальцбург, innsbruck, инсбрук,"
            + " österreich, oesterreich, austria, австрия");
    add(table, "Europe/Zurich",
        "zürich, zuerich, цюрих, bern, берн, basel, базель, genf, geneva, genève, женева,"
            + " luzern, lucerne, schweiz, switzerland, швейцария");
    add(table, "Europe/Moscow",
        "moskau, moscow, москва, мск, msk, sankt petersburg, st petersburg, saint petersburg,"
            + " санкт петербург, петербург, питер, спб, казань, kazan, нижний новгород, воронеж,"
            + " ростов на дону, краснодар, сочи");
    add(table, TimeZones.kyiv().getId(),
        "kyiv, kiev, kiew, киев, київ, kharkiv, charkiw, харьков, харків, odesa, odessa,"
            + " одесса, одеса, lviv, lemberg, львов, львів, dnipro, днепр, дніпро, ukraine,"
            + " украина, україна");
    add(table, "Europe/London", "лондон, london, england, uk, großbritannien, англия");
    add(table, "Europe/Minsk", "минск, мінск, belarus, беларусь, weißrussland");
    add(table, "Europe/Kaliningrad", "калининград, königsberg");
    add(table, "Europe/Samara", "самара");
    add(table, "Asia/Yekaterinburg", "екатеринбург, челябинск, пермь, уфа, тюмень");
    add(table, "Asia/Omsk", "омск");
    add(table, "Asia/Novosibirsk", "новосибирск");
    add(table, "Asia/Krasnoyarsk", "красноярск");
    add(table, "Asia/Irkutsk", "иркутск");
    add(table, "Asia/Vladivostok", "владивосток");
    add(table, "Asia/Almaty", "алматы, алма ата");
    add(table, "Asia/Tashkent", "ташкент, taschkent");
    add(table, "Asia/Tbilisi", "тбилиси, tiflis");
    add(table, "Asia/Yerevan", "ереван, eriwan");
    add(table, "Asia/Baku", "баку");
    add(table, "Europe/Chisinau", "кишинёв, kischinau");
    add(table, "Europe/Riga", "рига");
    add(table, "Europe/Vilnius", "вильнюс, wilna");
    add(table, "Europe/Tallinn", "таллин, таллинн, reval");
    add(table, "Europe/Warsaw", "warschau, варшава");
    add(table, "Europe/Prague", "prag, прага");
    add(table, "Europe/Paris", "париж");
    add(table, "Europe/Rome", "rom, рим");
    add(table, "Europe/Madrid", "мадрид");
    add(table, "Europe/Amsterdam", "амстердам");
    add(table, "Europe/Brussels", "brüssel, брюссель");
    add(table, "Europe/Lisbon", "lissabon, лиссабон");
    add(table, "Europe/Athens", "athen, афины");
    add(table, "Europe/Istanbul", "стамбул");
    add(table, "Europe/Helsinki", "хельсинки");
    add(table, "Asia/Dubai", "дубай");
    add(table, "Asia/Jerusalem", "tel aviv, тель авив, israel, израиль");
    add(table, "America/New_York", "нью йорк");
    return table;
  }

  private static void add(Map<String, ZoneId> table, String zone, String names) {
    ZoneId id = ZoneId.of(zone);
    for (String name : names.split(",")) {
      table.put(TimeZones.normalize(name), id);
    }
  }
}
