package id.cerita.region;

public enum RegionType {
    PROVINCE, REGENCY, CITY
}
