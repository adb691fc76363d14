package followthrough.core.domain.checklist;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The templates every user has, with bundle keys for their texts: "new customer" (registered,
 * verified, first purchase, knows how to re-order and pay, knows whom to ask) and "new partner"
 * (knows the main products, first joint customer meeting with the sponsor, first own appointments,
 * first own customer, knows where to see their team's activity).
 */
public final class BuiltInTemplates {

  /** The id of the "new customer" template. */
  public static final String CUSTOMER = "b-customer";

  /** The id of the "new partner" template. */
  public static final String PARTNER = "b-partner";

  private static final List<ChecklistTemplate> ALL =
      List.of(template(CUSTOMER, "customer", 5), template(PARTNER, "partner", 5));

  private BuiltInTemplates() {}

  /** Both built-in templates. */
  public static List<ChecklistTemplate> all() {
    return ALL;
  }

  /** The built-in template with this id, or empty. */
  public static Optional<ChecklistTemplate> find(String id) {
    return ALL.stream().filter(t -> t.id().equals(id)).findFirst();
  }

  private static ChecklistTemplate template(String id, String name, int items) {
    String prefix = "checklists.builtin." + name;
    return new ChecklistTemplate(
        id,
        null,
        prefix + ".name",
        IntStream.rangeClosed(1, items).mapToObj(i -> prefix + "." + i).toList(),
        ChecklistTemplate.Visibility.OWNER);
  }
}
