package id.cerita.alumni;


import id.cerita.common.AlumnusId;

public record AlumnusRegistered(AlumnusId alumnusId, String fullName, String by) {
}
