/**
 * In-memory implementations of every store port, for fast tests; they copy on read and write and
 * enforce revisions exactly like the MongoDB stores.
 */
@NullMarked
package followthrough.core.memory;

import org.jspecify.annotations.NullMarked;
