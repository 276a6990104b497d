package id.cerita.alumni.web;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.format.annotation.DateTimeFormat;

import id.cerita.alumni.ConsentMethod;
import id.cerita.alumni.ConsentProof;
import id.cerita.alumni.ConsentScope;

/** A consent record as staff write it down from a form or a conversation. */
record ConsentForm(List<ConsentScope> scopes, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate givenOn,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresOn, ConsentMethod method, String evidence) {

    ConsentProof proof() {
        Set<ConsentScope> set = scopes == null || scopes.isEmpty() ? EnumSet.noneOf(ConsentScope.class)
                : EnumSet.copyOf(scopes);
        String reference = evidence == null || evidence.isBlank() ? null : evidence.strip();
        return new ConsentProof(set, givenOn, expiresOn, method, reference, null);
    }
}
