package id.cerita.media;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import id.cerita.common.MediaId;
import id.cerita.common.StoryId;

/** Library listings and where-used, read straight from the tables. */
@Component
class MediaReadModel {

    private static final String USES = "((SELECT COUNT(*) FROM story_images si WHERE si.lead_media_id = m.id)"
            + " + (SELECT COUNT(*) FROM story_gallery_image g WHERE g.media_asset_id = m.id))";

    private final JdbcClient jdbc;

    MediaReadModel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<MediaSummary> search(MediaQuery query) {
        StringBuilder sql = new StringBuilder("SELECT m.id, m.content_hash, m.width, m.height, m.original_filename,"
                + " m.alt_text, m.caption, m.credit, m.uploaded_at, m.version, " + USES + " AS uses"
                + " FROM media_asset m WHERE 1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        if (query.text() != null) {
            sql.append(" AND LOWER(CONCAT(COALESCE(m.alt_text, ''), ' ', COALESCE(m.caption, ''), ' ',"
                    + " COALESCE(m.credit, ''), ' ', COALESCE(m.copyright_holder, ''), ' ',"
                    + " COALESCE(m.original_filename, ''))) LIKE :pattern");
            params.put("pattern", "%" + query.text().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%");
        }
        switch (query.show()) {
            case ALL -> { }
            case MISSING_ALT_TEXT -> sql.append(" AND (m.alt_text IS NULL OR TRIM(m.alt_text) = '')");
            case UNUSED -> sql.append(" AND ").append(USES).append(" = 0");
            case USED -> sql.append(" AND ").append(USES).append(" > 0");
        }
        if (query.personShown() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM media_asset_person p WHERE p.media_asset_id = m.id"
                    + " AND p.alumnus_id = :person)");
            params.put("person", query.personShown().value());
        }
        sql.append(" ORDER BY m.uploaded_at DESC, m.id LIMIT ").append(query.limit());
        var statement = jdbc.sql(sql.toString());
        for (var p : params.entrySet()) {
            statement = statement.param(p.getKey(), p.getValue());
        }
        return statement.query((rs, n) -> new MediaSummary(new MediaId(rs.getObject("id", UUID.class)),
                new ContentHash(rs.getString("content_hash")), rs.getInt("width"), rs.getInt("height"),
                rs.getString("original_filename"), rs.getString("alt_text"), rs.getString("caption"),
                rs.getString("credit"), rs.getTimestamp("uploaded_at").toInstant(), rs.getLong("version"),
                rs.getInt("uses"))).list();
    }

    /** Where each of the images is used, for a page of the library at once. */
    Map<MediaId, List<MediaUsage>> usages(java.util.Collection<MediaId> mediaIds) {
        Map<MediaId, List<MediaUsage>> byMedia = new LinkedHashMap<>();
        if (mediaIds.isEmpty()) {
            return byMedia;
        }
        jdbc.sql("SELECT si.lead_media_id AS media_id, s.id, s.title, s.slug, 'LEAD' AS role FROM story_images si"
                + " JOIN story s ON s.id = si.story_id WHERE si.lead_media_id IN (:ids)"
                + " UNION SELECT g.media_asset_id AS media_id, s.id, s.title, s.slug, 'GALLERY' AS role"
                + " FROM story_gallery_image g JOIN story s ON s.id = g.story_id WHERE g.media_asset_id IN (:ids)"
                + " ORDER BY title")
            .param("ids", mediaIds.stream().map(MediaId::value).toList())
            .query((rs, n) -> new MediaUsage(new MediaId(rs.getObject("media_id", UUID.class)), new StoryId(rs.getObject("id", UUID.class)),
                    rs.getString("title"), rs.getString("slug"), MediaUsage.Role.valueOf(rs.getString("role"))))
            .list()
            .forEach(u -> byMedia.computeIfAbsent(u.mediaId(), k -> new ArrayList<>()).add(u));
        return byMedia;
    }

    List<MediaUsage> usages(MediaId mediaId) {
        List<MediaUsage> usages = new ArrayList<>();
        usages.addAll(jdbc.sql("SELECT s.id, s.title, s.slug FROM story_images si JOIN story s ON s.id = si.story_id"
                + " WHERE si.lead_media_id = :id ORDER BY s.title").param("id", mediaId.value())
            .query((rs, n) -> new MediaUsage(mediaId, new StoryId(rs.getObject("id", UUID.class)), rs.getString("title"),
                    rs.getString("slug"), MediaUsage.Role.LEAD)).list());
        usages.addAll(jdbc.sql("SELECT DISTINCT s.id, s.title, s.slug FROM story_gallery_image g"
                + " JOIN story s ON s.id = g.story_id WHERE g.media_asset_id = :id ORDER BY s.title").param("id", mediaId.value())
            .query((rs, n) -> new MediaUsage(mediaId, new StoryId(rs.getObject("id", UUID.class)), rs.getString("title"),
                    rs.getString("slug"), MediaUsage.Role.GALLERY)).list());
        return usages;
    }
}
