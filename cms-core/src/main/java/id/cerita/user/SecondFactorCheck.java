package id.cerita.user;

/** How a code offered at sign-in was taken. */
public enum SecondFactorCheck {
    CODE, RECOVERY_CODE, WRONG;

    public boolean passed() {
        return this != WRONG;
    }
}
