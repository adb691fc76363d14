/**
 * The Spring Boot application: wiring only. It builds the core's engine, dialogs and jobs, picks
 * the store (a real MongoDB when {@code MONGODB_URI} is set, else the embedded server on a file),
 * schedules the jobs, and switches on the terminal chat when no platform token is configured.
 */
@NullMarked
package followthrough.app;

import org.jspecify.annotations.NullMarked;
