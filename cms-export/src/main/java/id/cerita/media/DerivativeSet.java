package id.cerita.media;

import java.util.List;
import java.util.Optional;

/** Every derivative of one original for one focal point and one {@link DerivativeSettings}. */
public record DerivativeSet(ContentHash original, FocalPoint focalPoint, List<Derivative> derivatives) {

    public DerivativeSet {
        derivatives = List.copyOf(derivatives);
    }

    public Optional<Derivative> find(String name, ImageFormat format) {
        return derivatives.stream().filter(d -> d.name().equals(name) && d.format() == format).findFirst();
    }

    public List<Derivative> widths(ImageFormat format) {
        return derivatives.stream().filter(d -> !d.isCrop() && d.format() == format).toList();
    }
}
