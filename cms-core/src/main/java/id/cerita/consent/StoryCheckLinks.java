package id.cerita.consent;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.cerita.alumni.Alumni;
import id.cerita.alumni.ConsentMethod;
import id.cerita.alumni.ConsentProof;
import id.cerita.alumni.ConsentScope;
import id.cerita.audit.AuditLog;
import id.cerita.common.AlumnusId;
import id.cerita.common.InvalidFieldException;
import id.cerita.common.NotFoundException;
import id.cerita.common.StoryId;
import id.cerita.common.SystemActor;
import id.cerita.common.SecretTokens;
import id.cerita.review.ReviewComments;
import id.cerita.story.Stories;
import id.cerita.story.Story;
import id.cerita.common.ProgrammeZone;

/**
 * Private links on which the person a story is about checks it, without an account: random, valid 14 days, revocable,
 * good for one answer. Only a SHA-256 hash of the token is stored. The answer becomes consent evidence (for the scopes
 * given), a comment on the story for its writer, and an audit entry.
 */
@Service
@Transactional(readOnly = true)
public class StoryCheckLinks {

    public static final Duration VALIDITY = Duration.ofDays(14);
    public static final String ACTOR = "alumnus-link";

    private final JdbcClient jdbc;
    private final Stories stories;
    private final Alumni alumni;
    private final ReviewComments comments;
    private final AuditLog audit;
    private final Clock clock;

    StoryCheckLinks(JdbcClient jdbc, Stories stories, Alumni alumni, ReviewComments comments, AuditLog audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.stories = stories;
        this.alumni = alumni;
        this.comments = comments;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("@capability.granted(authentication, 'MANAGE_CONSENT') and #by == authentication.name")
    public IssuedLink issue(StoryId storyId, String by) {
        if (storyId == null) {
            throw new InvalidFieldException("storyId", "check.no-story", "Pilih cerita");
        }
        Story story = stories.require(storyId);
        if (story.alumnusId() == null) {
            throw new InvalidFieldException("storyId", "check.no-alumnus", "Cerita ini tidak tentang seorang alumni");
        }
        String token = SecretTokens.newToken();
        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        Instant expires = now.plus(VALIDITY);
        jdbc.sql("""
                INSERT INTO story_check_link (id, token_hash, alumnus_id, story_id, issued_by, issued_at, expires_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
            .params(id, SecretTokens.hash(token), story.alumnusId().value(), storyId.value(), by, utc(now), utc(expires)).update();
        audit.append(by, "check-link.issued", "story", storyId.toString(), "tautan " + id + " berlaku sampai " + expires);
        return new IssuedLink(id, token, expires);
    }

    @Transactional
    @PreAuthorize("@capability.granted(authentication, 'MANAGE_CONSENT') and #by == authentication.name")
    public void revoke(UUID linkId, String by) {
        StoryCheckLink link = require(linkId);
        if (link.stateAt(clock.instant()) != StoryCheckLink.State.OPEN) {
            throw new InvalidFieldException("linkId", "check.not-open", "Tautan ini sudah tidak berlaku");
        }
        jdbc.sql("UPDATE story_check_link SET revoked_at = ?, revoked_by = ? WHERE id = ?")
            .params(utc(clock.instant()), by, linkId).update();
        audit.append(by, "check-link.revoked", "story", link.storyId().toString(), "tautan " + linkId);
    }

    @PreAuthorize("hasRole('SYSTEM') or @capability.granted(authentication, 'USE_NEWSROOM')")
    public List<StoryCheckLink> ofStory(StoryId storyId) {
        return jdbc.sql(SELECT + " WHERE story_id = ? ORDER BY issued_at DESC").param(storyId.value())
            .query(StoryCheckLinks::link).list();
    }

    /** The link a token opens, whatever its state; empty for a token that was never issued. */
    public Optional<StoryCheckLink> byToken(String token) {
        if (token == null || token.length() < 20 || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql(SELECT + " WHERE token_hash = ?").param(SecretTokens.hash(token))
            .query(StoryCheckLinks::link).optional();
    }

    public Instant now() {
        return clock.instant();
    }

    /**
     * Records the alumnus' answer, once: consent for the scopes given (evidence: this link and the time), a comment
     * on the story for its writer, the audit entry. A used, revoked or expired link is refused.
     */
    @Transactional
    public StoryCheckLink answer(String token, CheckAnswer answer) {
        StoryCheckLink link = byToken(token).filter(l -> l.stateAt(clock.instant()) == StoryCheckLink.State.OPEN)
            .orElseThrow(() -> new NotFoundException("check-link", "Tautan tidak berlaku"));
        Instant now = clock.instant();
        int updated = jdbc.sql("""
                UPDATE story_check_link SET answered_at = ?, facts_confirmed = ?, correction = ?, granted = ?,
                declined = ? WHERE id = ? AND answered_at IS NULL AND revoked_at IS NULL""")
            .params(utc(now), answer.factsConfirmed(), blankToNull(answer.correction()), names(answer.granted()),
                    names(answer.declined()), link.id())
            .update();
        if (updated != 1) {
            throw new NotFoundException("check-link", "Tautan tidak berlaku");
        }
        SystemActor.run(() -> {
            if (!answer.granted().isEmpty()) {
                alumni.recordConsent(link.alumnusId(), new ConsentProof(answer.granted(),
                        LocalDate.ofInstant(now, ProgrammeZone.ID), null, ConsentMethod.PRIVATE_LINK,
                        "Dijawab sendiri lewat tautan pribadi " + link.id() + " pada " + now, null),
                        null, null, SystemActor.NAME);
            }
            comments.comment(link.storyId(), 0, commentText(answer, now), SystemActor.NAME);
        });
        audit.append(ACTOR, "check-link.answered", "story", link.storyId().toString(), "tautan " + link.id()
                + (answer.factsConfirmed() ? ", fakta benar" : ", minta koreksi") + ", setuju " + answer.granted()
                + ", menolak " + answer.declined());
        return require(link.id());
    }

    private StoryCheckLink require(UUID id) {
        return jdbc.sql(SELECT + " WHERE id = ?").param(id).query(StoryCheckLinks::link).optional()
            .orElseThrow(() -> new NotFoundException("check-link", "Tautan tidak ditemukan: " + id));
    }

    private static String commentText(CheckAnswer answer, Instant at) {
        StringBuilder text = new StringBuilder("Jawaban alumni lewat tautan pribadi (" + at + "): ");
        text.append(answer.factsConfirmed() ? "fakta sudah benar." : "ada yang perlu dikoreksi.");
        if (answer.correction() != null && !answer.correction().isBlank()) {
            text.append(" Koreksi: ").append(answer.correction().strip());
        }
        text.append(" Setuju: ").append(answer.granted().isEmpty() ? "-" : names(answer.granted())).append('.');
        text.append(" Menolak: ").append(answer.declined().isEmpty() ? "-" : names(answer.declined())).append('.');
        String result = text.toString();
        return result.length() > 1900 ? result.substring(0, 1900) + "…" : result;
    }

    private static final String SELECT = """
            SELECT id, alumnus_id, story_id, issued_by, issued_at, expires_at, revoked_at, answered_at, facts_confirmed,
                   correction, granted, declined FROM story_check_link""";

    private static StoryCheckLink link(ResultSet rs, int row) throws SQLException {
        return new StoryCheckLink(rs.getObject("id", UUID.class), new AlumnusId(rs.getObject("alumnus_id", UUID.class)),
                new StoryId(rs.getObject("story_id", UUID.class)), rs.getString("issued_by"), instant(rs, "issued_at"),
                instant(rs, "expires_at"), instant(rs, "revoked_at"), instant(rs, "answered_at"),
                (Boolean) rs.getObject("facts_confirmed"), rs.getString("correction"), rs.getString("granted"),
                rs.getString("declined"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    private static String names(java.util.Set<ConsentScope> scopes) {
        return scopes.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    static java.util.Set<ConsentScope> scopes(String names) {
        java.util.Set<ConsentScope> scopes = EnumSet.noneOf(ConsentScope.class);
        if (names != null && !names.isBlank()) {
            for (String name : names.split(",")) {
                scopes.add(ConsentScope.valueOf(name));
            }
        }
        return scopes;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
