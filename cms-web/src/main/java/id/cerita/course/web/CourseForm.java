package id.cerita.course.web;


import id.cerita.common.ProviderId;
import id.cerita.course.CourseDetails;
import id.cerita.course.Delivery;
import id.cerita.course.SkillType;
import id.cerita.course.TrainingCourse;

/** What the course form posts. */
public class CourseForm {

    private String title;
    private String themeCode;
    private SkillType skillType;
    private Delivery delivery;
    private ProviderId providerId;

    static CourseForm of(TrainingCourse course) {
        CourseForm form = new CourseForm();
        form.title = course.title();
        form.themeCode = course.themeCode();
        form.skillType = course.skillType();
        form.delivery = course.delivery();
        form.providerId = course.providerId();
        return form;
    }

    CourseDetails toDetails() {
        return new CourseDetails(title, themeCode, skillType, delivery, providerId);
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getThemeCode() { return themeCode; }
    public void setThemeCode(String themeCode) { this.themeCode = themeCode; }
    public SkillType getSkillType() { return skillType; }
    public void setSkillType(SkillType skillType) { this.skillType = skillType; }
    public Delivery getDelivery() { return delivery; }
    public void setDelivery(Delivery delivery) { this.delivery = delivery; }
    public ProviderId getProviderId() { return providerId; }
    public void setProviderId(ProviderId providerId) { this.providerId = providerId; }
}
