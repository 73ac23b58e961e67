package org.ducha.deploy.keycloak;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * {@link Totp} against the test vectors of RFC 6238 (appendix B) and RFC 4648.
 */
class TotpTests {

	private static final byte[] RFC_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

	@Test
	void computesTheRfc6238TestVectors() {
		assertThat(Totp.code(RFC_KEY, 59 / 30, 8, "HmacSHA1")).isEqualTo("94287082");
		assertThat(Totp.code(RFC_KEY, 1111111109L / 30, 8, "HmacSHA1")).isEqualTo("07081804");
		assertThat(Totp.code(RFC_KEY, 1111111111L / 30, 8, "HmacSHA1")).isEqualTo("14050471");
		assertThat(Totp.code(RFC_KEY, 1234567890L / 30, 8, "HmacSHA1")).isEqualTo("89005924");
		assertThat(Totp.code(RFC_KEY, 2000000000L / 30, 8, "HmacSHA1")).isEqualTo("69279037");
		assertThat(Totp.code(RFC_KEY, 20000000000L / 30, 8, "HmacSHA1")).isEqualTo("65353130");
	}

	@Test
	void computesSixDigitCodesFromABase32Secret() {
		// base32 of the RFC key: the same code, truncated to 6 digits
		assertThat(Totp.code("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", Instant.ofEpochSecond(59))).isEqualTo("287082");
		assertThat(Totp.code("gezdgnbvgy3tqojqgezdgnbvgy3tqojq", Instant.ofEpochSecond(1111111109)))
			.isEqualTo("081804");
	}

	@Test
	void decodesBase32() {
		assertThat(Totp.base32("MZXW6YTBOI======")).isEqualTo("foobar".getBytes(StandardCharsets.US_ASCII));
		assertThat(Totp.base32("MZXW6")).isEqualTo("foo".getBytes(StandardCharsets.US_ASCII));
		assertThat(Totp.base32(DemoRealm.OTP_SECRET)).hasSize(15);
		assertThatIllegalArgumentException().isThrownBy(() -> Totp.base32("not base32!"));
	}

	@Test
	void stepsEveryThirtySeconds() {
		assertThat(Totp.step(Instant.ofEpochSecond(29))).isZero();
		assertThat(Totp.step(Instant.ofEpochSecond(30))).isEqualTo(1);
	}

}
