package id.cerita.press;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import id.cerita.story.Language;

/**
 * What every press release carries besides the story: the sender (letterhead), the programme boilerplate in both
 * languages, the media contact and the terms of use. Edited by an admin; never constants in code.
 */
public record PressSettings(
        @NotBlank @Size(max = 200) String organisation,
        @NotBlank @Size(max = 300) String letterheadLine,
        @NotBlank @Size(max = 4000) String boilerplateId,
        @NotBlank @Size(max = 4000) String boilerplateEn,
        @NotBlank @Size(max = 200) String contactName,
        @Size(max = 200) String contactRole,
        @NotBlank @Email @Size(max = 200) String contactEmail,
        @Size(max = 50) String contactPhone,
        @NotBlank @Size(max = 200) String copyrightHolder,
        @NotBlank @Size(max = 1000) String usageTermsId,
        @NotBlank @Size(max = 1000) String usageTermsEn) {

    public String boilerplate(Language language) {
        return language == Language.EN ? boilerplateEn : boilerplateId;
    }

    public String usageTerms(Language language) {
        return language == Language.EN ? usageTermsEn : usageTermsId;
    }

    /** "Tim Komunikasi (Hubungan Media) · media@… · +62 …": the contact on one line. */
    public String contactLine() {
        StringBuilder line = new StringBuilder(contactName);
        if (contactRole != null && !contactRole.isBlank()) {
            line.append(" (").append(contactRole).append(')');
        }
        line.append(" · ").append(contactEmail);
        if (contactPhone != null && !contactPhone.isBlank()) {
            line.append(" · ").append(contactPhone);
        }
        return line.toString();
    }
}
