package org.ducha.bench;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GuangdongTests {

	@Test
	void hasTwentyOneCitiesAndOneHundredTwentyTwoCounties() {
		assertThat(Guangdong.CITIES).hasSize(21);
		assertThat(Guangdong.countyCount(Guangdong.CITIES)).isEqualTo(122);
	}

	@Test
	void everyCodeIsASixDigitDivisionCodeUnderItsCityAndUnique() {
		Set<String> codes = new HashSet<>();
		for (Guangdong.City city : Guangdong.CITIES) {
			assertThat(city.code()).matches("44\\d{2}00");
			assertThat(codes.add(city.code())).isTrue();
			for (Guangdong.County county : city.counties()) {
				assertThat(county.code()).matches("\\d{6}").startsWith(city.code().substring(0, 4));
				assertThat(county.name()).isNotBlank();
				assertThat(codes.add(county.code())).isTrue();
			}
		}
	}

	@Test
	void aSmallerTreeKeepsEveryCityWithFewerCounties() {
		assertThat(Guangdong.cities(2)).hasSize(21);
		// 东莞 and 中山 have no counties, 19 cities have at least two
		assertThat(Guangdong.countyCount(Guangdong.cities(2))).isEqualTo(38);
		assertThat(Guangdong.cities(0)).isEqualTo(Guangdong.CITIES);
	}

}
