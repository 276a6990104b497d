package id.cerita.theme.web;

import id.cerita.theme.NewTheme;

/** What the add-a-theme form posts. */
public class ThemeForm {

    private String parentCode;
    private String nameId;
    private String nameEn;

    NewTheme toNewTheme() {
        return new NewTheme(parentCode, nameId, nameEn);
    }

    public String getParentCode() { return parentCode; }
    public void setParentCode(String parentCode) { this.parentCode = parentCode; }
    public String getNameId() { return nameId; }
    public void setNameId(String nameId) { this.nameId = nameId; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
}
