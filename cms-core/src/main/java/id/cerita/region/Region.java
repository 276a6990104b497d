package id.cerita.region;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A province, regency (kabupaten) or city (kota) with its Kemendagri code. Reference data: loaded by a migration from
 * the idn-area-data package, flagged with the daerah tertinggal of Perpres 63/2020 and its outermost small islands.
 */
@Table("region")
public record Region(@Id String code, String name, RegionType type, String provinceCode, boolean tertinggal,
        int outermostIslands) {

    public RegionCode regionCode() {
        return RegionCode.of(code);
    }

    /** "Kabupaten Kepulauan Mentawai" becomes "Kepulauan Mentawai", as people say it. */
    public String shortName() {
        for (String prefix : new String[] { "Kabupaten ", "Kota ", "Provinsi " }) {
            if (name.startsWith(prefix)) {
                return name.substring(prefix.length());
            }
        }
        return name;
    }

    public boolean isProvince() {
        return type == RegionType.PROVINCE;
    }

    /** Has at least one of the outermost small islands (pulau-pulau kecil terluar). */
    public boolean outermost() {
        return outermostIslands > 0;
    }
}
