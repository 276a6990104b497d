package id.cerita.gathering.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import id.cerita.gathering.Gathering;
import id.cerita.gathering.GatheringDetails;

/** What the gathering form posts: the province only narrows the regency list. */
public class GatheringForm {

    private String name;
    private String province;
    private String regionCode;
    private String place;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate heldOn;
    private String notes;

    static GatheringForm of(Gathering gathering) {
        GatheringForm form = new GatheringForm();
        form.name = gathering.name();
        form.regionCode = gathering.regionCode();
        form.place = gathering.place();
        form.heldOn = gathering.heldOn();
        form.notes = gathering.notes();
        return form;
    }

    GatheringDetails toDetails() {
        return new GatheringDetails(name, regionCode, place, heldOn, notes);
    }

    /** The province to list regencies for: chosen explicitly, or the one of the chosen regency. */
    public String effectiveProvince() {
        if (province != null && !province.isBlank()) {
            return province;
        }
        return regionCode != null && regionCode.length() >= 2 ? regionCode.substring(0, 2) : null;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getProvince() { return province; }
    public void setProvince(String province) { this.province = province; }
    public String getRegionCode() { return regionCode; }
    public void setRegionCode(String regionCode) { this.regionCode = regionCode; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public LocalDate getHeldOn() { return heldOn; }
    public void setHeldOn(LocalDate heldOn) { this.heldOn = heldOn; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
}
