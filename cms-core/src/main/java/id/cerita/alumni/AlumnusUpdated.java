package id.cerita.alumni;


import id.cerita.common.AlumnusId;

public record AlumnusUpdated(AlumnusId alumnusId, String by) {
}
