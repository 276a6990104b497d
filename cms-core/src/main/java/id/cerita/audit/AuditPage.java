package id.cerita.audit;

import java.util.List;

public record AuditPage(List<AuditEntry> entries, int page, int size, long total) {

    public int pages() {
        return (int) ((total + size - 1) / size);
    }
}
