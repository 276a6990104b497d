package id.cerita.search;

import java.time.Instant;

/**
 * How far the index is behind the database: stories waiting to be (re)indexed, how many of them Elasticsearch has
 * refused at least once (retried with back-off), since when the oldest waits, and the last refusal's message.
 */
public record IndexStatus(int waiting, int retrying, Instant oldestWaitingSince, String lastError) {
}
