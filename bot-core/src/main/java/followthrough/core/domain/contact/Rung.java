package followthrough.core.domain.contact;

/**
 * Where a contact stands on the ladder, from a first sign of interest to recommending the user to
 * others. A partner joined the business under the user and gets the same care plus onboarding.
 */
public enum Rung {
  PROSPECT,
  FIRST_TIME_CUSTOMER,
  OCCASIONAL_CUSTOMER,
  REGULAR_CUSTOMER,
  REFERRAL_CUSTOMER,
  PARTNER
}
