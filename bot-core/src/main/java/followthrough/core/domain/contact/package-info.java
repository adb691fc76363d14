/**
 * A distributor's contacts: who they are, where they stand on the ladder (prospect to referral
 * customer, or partner), how to reach them, and the rules for names and search keys.
 */
@NullMarked
package followthrough.core.domain.contact;

import org.jspecify.annotations.NullMarked;
