package id.cerita.course.web;

import id.cerita.course.ProviderDetails;
import id.cerita.course.TrainingProvider;

/** What the provider form posts. */
public class ProviderForm {

    private String name;
    private String city;
    private String website;
    private String description;

    static ProviderForm of(TrainingProvider provider) {
        ProviderForm form = new ProviderForm();
        form.name = provider.name();
        form.city = provider.city();
        form.website = provider.website();
        form.description = provider.description();
        return form;
    }

    ProviderDetails toDetails() {
        return new ProviderDetails(name, city, website, description);
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getCity() { return city; }
    public void setCity(String city) { this.city = city; }
    public String getWebsite() { return website; }
    public void setWebsite(String website) { this.website = website; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
}
