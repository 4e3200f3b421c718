package org.echolstm.journey;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A journey: the real application on a real desktop ({@link JourneyExtension}), in ./mvnw verify's integration phase. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("journey")
@ExtendWith(JourneyExtension.class)
public @interface Journey {
}
