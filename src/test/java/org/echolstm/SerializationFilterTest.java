package org.echolstm;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InvalidClassException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SerializationFilterTest {

    @Test
    void noJavaSerializedObjectIsReadOnceTheApplicationStarted() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new ArrayList<>(java.util.List.of("payload")));
        }
        Main.refuseDeserialization();
        Main.refuseDeserialization(); // idempotent
        assertThat(ObjectInputFilter.Config.getSerialFilter()).isNotNull();
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThatThrownBy(in::readObject).isInstanceOf(InvalidClassException.class)
                    .hasMessageContaining("REJECTED");
        }
    }
}
