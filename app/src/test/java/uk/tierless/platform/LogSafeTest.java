package uk.tierless.platform;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

class LogSafeTest {

    @Test
    void scrubbingBlanksEmailAddressesAndPhoneNumbersAndKeepsIds() {
        assertThat(LogSafe.scrub("550 5.1.1 <Resident.Name@Example.com>: Recipient address rejected"))
                .isEqualTo("550 5.1.1 <[email]>: Recipient address rejected");
        assertThat(LogSafe.scrub("phone_number 07700 900461 and +447700900461 are not allowed"))
                .isEqualTo("phone_number [number] and [number] are not allowed");
        assertThat(LogSafe.scrub("message 1f0c2d4e-8a9b-4c3d-9e8f-7a6b5c4d3e2f.TAM-2612-0001@tierless, try 3"))
                .doesNotContain("TAM-2612-0001@tierless").contains("try 3");
        assertThat(LogSafe.scrub(null)).isNull();
    }

    @Test
    void anExceptionIsLoggedByItsClassesAndFramesWithoutAnyMessage() {
        IllegalStateException failure = new IllegalStateException("insert failed for resident@example.com",
                new RuntimeException("Detail: Key (email)=(resident@example.com) already exists"));
        Throwable safe = LogSafe.withoutMessages(failure);
        StringWriter printed = new StringWriter();
        safe.printStackTrace(new PrintWriter(printed));

        assertThat(printed.toString()).doesNotContain("resident@example.com")
                .contains("java.lang.IllegalStateException (message not logged)")
                .contains("Caused by: java.lang.RuntimeException (message not logged)")
                .contains("LogSafeTest.anExceptionIsLoggedByItsClassesAndFramesWithoutAnyMessage");
    }
}
