package id.cerita.press.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import id.cerita.press.PressSettings;

/** What the press settings form posts: a form bean of its own, turned into the {@link PressSettings} value. */
public class PressSettingsForm {

    @NotBlank @Size(max = 200) private String organisation;
    @NotBlank @Size(max = 300) private String letterheadLine;
    @NotBlank @Size(max = 4000) private String boilerplateId;
    @NotBlank @Size(max = 4000) private String boilerplateEn;
    @NotBlank @Size(max = 200) private String contactName;
    @Size(max = 200) private String contactRole;
    @NotBlank @Email @Size(max = 200) private String contactEmail;
    @Size(max = 50) private String contactPhone;
    @NotBlank @Size(max = 200) private String copyrightHolder;
    @NotBlank @Size(max = 1000) private String usageTermsId;
    @NotBlank @Size(max = 1000) private String usageTermsEn;

    static PressSettingsForm of(PressSettings s) {
        PressSettingsForm form = new PressSettingsForm();
        form.organisation = s.organisation();
        form.letterheadLine = s.letterheadLine();
        form.boilerplateId = s.boilerplateId();
        form.boilerplateEn = s.boilerplateEn();
        form.contactName = s.contactName();
        form.contactRole = s.contactRole();
        form.contactEmail = s.contactEmail();
        form.contactPhone = s.contactPhone();
        form.copyrightHolder = s.copyrightHolder();
        form.usageTermsId = s.usageTermsId();
        form.usageTermsEn = s.usageTermsEn();
        return form;
    }

    PressSettings toSettings() {
        return new PressSettings(organisation, letterheadLine, boilerplateId, boilerplateEn, contactName, contactRole,
                contactEmail, contactPhone, copyrightHolder, usageTermsId, usageTermsEn);
    }

    public String getOrganisation() { return organisation; }
    public void setOrganisation(String v) { organisation = v; }
    public String getLetterheadLine() { return letterheadLine; }
    public void setLetterheadLine(String v) { letterheadLine = v; }
    public String getBoilerplateId() { return boilerplateId; }
    public void setBoilerplateId(String v) { boilerplateId = v; }
    public String getBoilerplateEn() { return boilerplateEn; }
    public void setBoilerplateEn(String v) { boilerplateEn = v; }
    public String getContactName() { return contactName; }
    public void setContactName(String v) { contactName = v; }
    public String getContactRole() { return contactRole; }
    public void setContactRole(String v) { contactRole = v; }
    public String getContactEmail() { return contactEmail; }
    public void setContactEmail(String v) { contactEmail = v; }
    public String getContactPhone() { return contactPhone; }
    public void setContactPhone(String v) { contactPhone = v; }
    public String getCopyrightHolder() { return copyrightHolder; }
    public void setCopyrightHolder(String v) { copyrightHolder = v; }
    public String getUsageTermsId() { return usageTermsId; }
    public void setUsageTermsId(String v) { usageTermsId = v; }
    public String getUsageTermsEn() { return usageTermsEn; }
    public void setUsageTermsEn(String v) { usageTermsEn = v; }
}
