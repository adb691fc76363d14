/**
 * The store ports of the core on the MongoDB sync driver, with explicit mappings of records to
 * {@code org.bson.Document}, the schema (collections and indexes) and the embedded
 * MongoDB-compatible server the application uses when no MongoDB URI is configured; everything here
 * stays within what both a real MongoDB and mongo-java-server support, so there are no
 * transactions, sessions, collations or TTL indexes.
 */
@NullMarked
package followthrough.mongo;

import org.jspecify.annotations.NullMarked;
