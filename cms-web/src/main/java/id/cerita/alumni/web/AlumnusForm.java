package id.cerita.alumni.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import id.cerita.alumni.Alumnus;
import id.cerita.alumni.AlumnusDetails;

/** The create and edit form of an alumnus (and the API's body); {@code confirmDuplicate} is "save anyway". */
record AlumnusForm(@NotBlank @Size(max = 200) String fullName, @Positive Integer cohort, @NotBlank String regionCode,
        @Size(max = 200) String businessName, @Size(max = 200) String occupation,
        @Size(max = 40) @Pattern(regexp = "^[+0-9 ()\\-]*$") String phone, @Email @Size(max = 200) String email,
        Boolean confirmDuplicate) {

    static AlumnusForm empty() {
        return new AlumnusForm(null, null, null, null, null, null, null, false);
    }

    static AlumnusForm of(Alumnus a) {
        return new AlumnusForm(a.fullName(), a.cohort(), a.regionCode(), a.businessName(), a.occupation(), a.phone(),
                a.email(), false);
    }

    AlumnusDetails details() {
        return new AlumnusDetails(fullName, cohort, regionCode, businessName, occupation, phone, email);
    }

    boolean saveAnyway() {
        return Boolean.TRUE.equals(confirmDuplicate);
    }
}
