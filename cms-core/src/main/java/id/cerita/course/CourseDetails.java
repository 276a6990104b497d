package id.cerita.course;


import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import id.cerita.common.ProviderId;

/** What staff write about a training course: the command behind "offer" and "revise". */
public record CourseDetails(
        @NotBlank(message = "{reference.course.title.required}") @Size(max = 300, message = "{reference.tooLong}") String title,
        @NotBlank(message = "{reference.course.theme.required}") String themeCode,
        @NotNull(message = "{reference.course.skill.required}") SkillType skillType,
        @NotNull(message = "{reference.course.delivery.required}") Delivery delivery,
        @NotNull(message = "{reference.course.provider.required}") ProviderId providerId) {

    public CourseDetails {
        title = ProviderDetails.strip(title);
        themeCode = ProviderDetails.strip(themeCode);
    }
}
