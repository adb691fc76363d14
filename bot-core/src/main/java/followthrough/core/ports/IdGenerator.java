package followthrough.core.ports;

/** Makes new ids for stored things; thread-safe. Tests inject a predictable one. */
public interface IdGenerator {

  /** A new id, unique with overwhelming probability, at most 32 ASCII characters. */
  String newId();
}
