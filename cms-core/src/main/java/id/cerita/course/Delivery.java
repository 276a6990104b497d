package id.cerita.course;

public enum Delivery {
    ONLINE, OFFLINE
}
