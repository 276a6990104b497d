package id.cerita.course;

public enum SkillType {
    HARD, SOFT
}
