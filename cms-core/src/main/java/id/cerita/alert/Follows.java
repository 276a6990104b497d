package id.cerita.alert;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.cerita.common.InvalidFieldException;
import id.cerita.common.NotFoundException;
import id.cerita.common.SecretTokens;

/**
 * What journalists follow and where their alerts go. Following twice is following once; an unfollowed value stops
 * at once (pending alerts of it are dropped with it). The e-mail address is confirmed by a link sent to it.
 */
@Service
@Transactional
public class Follows {

    /** Follows per journalist: enough for a beat, not a way to subscribe to everything value by value. */
    public static final int MAX_FOLLOWS = 50;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");

    private final JdbcClient jdbc;
    private final Clock clock;

    Follows(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Follows {@code value} (idempotent). */
    public Follow follow(String username, FollowKind kind, String value, String label, Cadence cadence) {
        Optional<Follow> existing = find(username, kind, value);
        if (existing.isPresent()) {
            return existing.get();
        }
        if (of(username).size() >= MAX_FOLLOWS) {
            throw new InvalidFieldException("kind", "alertsTooMany",
                    "Paling banyak " + MAX_FOLLOWS + " yang diikuti; berhenti mengikuti yang lain dulu.",
                    MAX_FOLLOWS);
        }
        String token = SecretTokens.newToken();
        Follow follow = new Follow(UUID.randomUUID(), username, kind, value, label, cadence, clock.instant());
        jdbc.sql("""
                INSERT INTO alert_follow (id, username, kind, follow_value, label, cadence, unsubscribe_token,
                feed_token, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(follow.id(), username, kind.name(), value, label, cadence.name(), token,
                    SecretTokens.newToken(), utc(follow.createdAt()))
            .update();
        return follow;
    }

    /** The secret of the follow's Atom feed address; a follow from before feeds gets one now. */
    public String feedToken(String username, UUID followId) {
        require(username, followId);
        String token = jdbc.sql("SELECT feed_token FROM alert_follow WHERE id = ?").param(followId)
            .query(String.class).optional().orElse(null);
        if (token == null) {
            token = SecretTokens.newToken();
            jdbc.sql("UPDATE alert_follow SET feed_token = ? WHERE id = ?").params(token, followId).update();
        }
        return token;
    }

    /** The follow whose feed address carries this secret; empty once it is unfollowed. */
    @Transactional(readOnly = true)
    public Optional<Follow> byFeedToken(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT * FROM alert_follow WHERE feed_token = ?").param(token).query(Follows::follow)
            .optional();
    }

    /** The secret of the follow's unsubscribe link, for the mails about it. */
    @Transactional(readOnly = true)
    public String unsubscribeToken(UUID followId) {
        return jdbc.sql("SELECT unsubscribe_token FROM alert_follow WHERE id = ?").param(followId).query(String.class)
            .single();
    }

    @Transactional(readOnly = true)
    public List<Follow> of(String username) {
        return jdbc.sql("SELECT * FROM alert_follow WHERE username = ? ORDER BY created_at").param(username)
            .query(Follows::follow).list();
    }

    @Transactional(readOnly = true)
    public List<Follow> following(FollowKind kind, java.util.Collection<String> values) {
        if (values.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT * FROM alert_follow WHERE kind = :kind AND follow_value IN (:values)")
            .param("kind", kind.name()).param("values", values).query(Follows::follow).list();
    }

    public Follow changeCadence(String username, UUID id, Cadence cadence) {
        require(username, id);
        jdbc.sql("UPDATE alert_follow SET cadence = ? WHERE id = ?").params(cadence.name(), id).update();
        return require(username, id);
    }

    public void unfollow(String username, UUID id) {
        Follow follow = require(username, id);
        drop(follow);
    }

    /** The follow the link's secret opens, to unsubscribe without signing in. */
    @Transactional(readOnly = true)
    public Optional<Follow> byUnsubscribeToken(String token) {
        return jdbc.sql("SELECT * FROM alert_follow WHERE unsubscribe_token = ?").param(token)
            .query(Follows::follow).optional();
    }

    public Optional<Follow> unsubscribe(String token) {
        Optional<Follow> follow = byUnsubscribeToken(token);
        follow.ifPresent(this::drop);
        return follow;
    }

    /** Sets where alerts go; a new address must be confirmed again: answers the secret of the confirmation link. */
    public String changeEmail(String username, String email) {
        String address = email == null ? "" : email.strip();
        if (!EMAIL.matcher(address).matches() || address.length() > 254) {
            throw new InvalidFieldException("email", "alertsEmail", "Alamat e-mail tidak valid.");
        }
        String token = SecretTokens.newToken();
        int updated = jdbc.sql("""
                UPDATE alert_subscriber SET email = ?, confirm_token_hash = ?, confirmed_at = NULL, updated_at = ?,
                bounced_at = NULL, bounce_reason = NULL WHERE username = ?""")
            .params(address, SecretTokens.hash(token), utc(clock.instant()), username).update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO alert_subscriber (username, email, confirm_token_hash, confirmed_at, updated_at)
                    VALUES (?, ?, ?, NULL, ?)""")
                .params(username, address, SecretTokens.hash(token), utc(clock.instant())).update();
        }
        return token;
    }

    /** Confirms the address the link was sent to; answers whose it was. */
    public Optional<Subscriber> confirm(String token) {
        Optional<String> username = jdbc.sql("SELECT username FROM alert_subscriber WHERE confirm_token_hash = ?")
            .param(SecretTokens.hash(token)).query(String.class).optional();
        username.ifPresent(u -> jdbc.sql("""
                UPDATE alert_subscriber SET confirmed_at = ?, confirm_token_hash = NULL WHERE username = ?""")
            .params(utc(clock.instant()), u).update());
        return username.flatMap(this::subscriber);
    }

    @Transactional(readOnly = true)
    public Optional<Subscriber> subscriber(String username) {
        return jdbc.sql("""
                SELECT username, email, confirmed_at, bounced_at, bounce_reason FROM alert_subscriber
                WHERE username = ?""")
            .param(username)
            .query((rs, i) -> new Subscriber(rs.getString(1), rs.getString(2),
                    instant(rs.getObject(3, OffsetDateTime.class)), instant(rs.getObject(4, OffsetDateTime.class)),
                    rs.getString(5)))
            .optional();
    }

    private Follow require(String username, UUID id) {
        return jdbc.sql("SELECT * FROM alert_follow WHERE id = ? AND username = ?").params(id, username)
            .query(Follows::follow).optional().orElseThrow(() -> new NotFoundException("follow", "Ikutan tidak ditemukan: " + id, id));
    }

    private Optional<Follow> find(String username, FollowKind kind, String value) {
        return jdbc.sql("SELECT * FROM alert_follow WHERE username = ? AND kind = ? AND follow_value = ?")
            .params(username, kind.name(), value).query(Follows::follow).optional();
    }

    private void drop(Follow follow) {
        jdbc.sql("DELETE FROM alert_delivery WHERE follow_id = ? AND sent_at IS NULL").param(follow.id()).update();
        jdbc.sql("DELETE FROM alert_follow WHERE id = ?").param(follow.id()).update();
    }

    private static Follow follow(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Follow(rs.getObject("id", UUID.class), rs.getString("username"),
                FollowKind.valueOf(rs.getString("kind")), rs.getString("follow_value"), rs.getString("label"),
                Cadence.valueOf(rs.getString("cadence")), rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
