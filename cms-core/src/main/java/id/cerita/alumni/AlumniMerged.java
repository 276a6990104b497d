package id.cerita.alumni;


import id.cerita.common.AlumnusId;

/** Two records of one person became one: the stories, consents and links of {@code mergedId} now belong to the survivor. */
public record AlumniMerged(AlumnusId survivorId, AlumnusId mergedId, String by) {
}
