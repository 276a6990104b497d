package id.cerita.media.web;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

import id.cerita.media.FocalPoint;

/** The command to move an image's focal point, as fractions of width and height. */
record MoveFocalPoint(@NotNull @DecimalMin("0") @DecimalMax("1") Double x,
                      @NotNull @DecimalMin("0") @DecimalMax("1") Double y) {

    FocalPoint focalPoint() {
        return new FocalPoint(x, y);
    }
}
