package id.cerita.region;

import java.util.regex.Pattern;

import id.cerita.common.InvalidFieldException;

/** A Kemendagri region code: "75" for a province, "75.71" for a regency or city. */
public record RegionCode(String value) {

    private static final Pattern FORMAT = Pattern.compile("\\d{2}(\\.\\d{2})?");

    public RegionCode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidFieldException("regionCode", "region.format",
                    "Kode wilayah harus berbentuk 2 digit (provinsi) atau 2.2 digit (kabupaten/kota), misalnya 75.71: " + value,
                    value);
        }
    }

    public static RegionCode of(String value) {
        return new RegionCode(value);
    }

    public boolean isProvince() {
        return value.length() == 2;
    }

    public RegionCode province() {
        return isProvince() ? this : new RegionCode(value.substring(0, 2));
    }

    @Override
    public String toString() {
        return value;
    }
}
