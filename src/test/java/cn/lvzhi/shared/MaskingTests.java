package cn.lvzhi.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Personal data as it is shown to somebody who does not handle it. */
class MaskingTests {

	@Test
	void aPhoneKeepsItsFirstThreeAndLastFourDigits() {
		assertThat(Masking.phone("13812345678")).isEqualTo("138****5678");
		assertThat(Masking.phone("1234")).isEqualTo("****");
		assertThat(Masking.phone(null)).isNull();
	}

	@Test
	void aNameKeepsOnlyItsFirstCharacter() {
		assertThat(Masking.name("张三")).isEqualTo("张*");
		assertThat(Masking.name("欧阳娜娜")).isEqualTo("欧***");
		assertThat(Masking.name(" 李 ")).isEqualTo("*");
		assertThat(Masking.name("𠮷野家")).isEqualTo("𠮷**");
		assertThat(Masking.name(null)).isNull();
	}

	@Test
	void anAddressKeepsAtMostItsFirstSixCharacters() {
		assertThat(Masking.address("盐田区海山街道海涛路 8 号 3 栋 502")).isEqualTo("盐田区海山街****");
		assertThat(Masking.address("海山街道")).isEqualTo("海****");
		assertThat(Masking.address("某处")).isEqualTo("****");
		assertThat(Masking.address("")).isEmpty();
	}
}
