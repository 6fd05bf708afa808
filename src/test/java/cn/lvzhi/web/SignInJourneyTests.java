package cn.lvzhi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import cn.lvzhi.Browser;
import cn.lvzhi.BrowserJourney;
import cn.lvzhi.Fixtures;
import cn.lvzhi.OnH2;
import cn.lvzhi.TestClock;
import cn.lvzhi.TestUsers;
import cn.lvzhi.shared.Role;

/** Signing in through a real browser: each role's navigation, the lock-out, signing out. */
@OnH2
class SignInJourneyTests extends BrowserJourney {

	@Autowired
	TestClock clock;

	@Autowired
	org.springframework.context.ApplicationContext context;

	Fixtures fixtures;

	@org.junit.jupiter.api.BeforeEach
	void fixtures() {
		fixtures = new Fixtures(context);
	}

	Browser browser;

	@ParameterizedTest
	@EnumSource(Role.class)
	void eachRoleSeesOnlyItsOwnNavigation(Role role) {
		String username = fixtures.userWith(role);
		browser = browser(Browser.DESKTOP).signIn(username, TestUsers.PASSWORD);

		browser.find(By.id("lz-nav-entries"));
		List<String> shown = browser.driver()
			.findElements(By.cssSelector("#lz-nav-entries [data-nav]"))
			.stream()
			.map(e -> e.getAttribute("data-nav"))
			.toList();
		List<String> expected = Navigation.ENTRIES.stream()
			.filter(e -> e.roles().contains(role))
			.map(Navigation.Entry::id)
			.toList();
		assertThat(shown).containsExactlyElementsOf(expected);
		assertThat(browser.find(By.id("lz-user-name")).getText()).isEqualTo("测试" + username);
	}

	@Test
	void theNavigationFoldsIntoAMenuOnAPhone() {
		String username = fixtures.userWith(Role.OFFICE);
		browser = browser(Browser.PHONE).signIn(username, TestUsers.PASSWORD);

		WebElement entries = browser.driver().findElement(By.id("lz-nav-entries"));
		assertThat(entries.isDisplayed()).isFalse();
		browser.driver().findElement(By.cssSelector(".navbar-toggler")).click();
		browser.await().until(ExpectedConditions.visibilityOf(entries));
		// The menu opens with an animation: wait until the entry's text is really shown.
		browser.await().until(ExpectedConditions.textToBePresentInElementLocated(
				By.cssSelector("#lz-nav-entries [data-nav=representatives]"), "代表名册"));
		assertThat(entries.findElement(By.cssSelector("[data-nav=representatives]")).getText()).isEqualTo("代表名册");
	}

	@Test
	void fiveFailedSignInsLockTheAccountForFifteenMinutes() {
		String username = fixtures.userWith(Role.OFFICE);
		browser = browser(Browser.PHONE);
		for (int i = 0; i < 5; i++) {
			browser.signIn(username, "Wrong-Password-" + i);
			assertThat(browser.find(By.id("login-error")).getText()).contains("用户名或密码错误");
		}

		browser.signIn(username, TestUsers.PASSWORD);
		assertThat(browser.find(By.id("login-error")).getText())
			.as("the right password is refused while locked, with the same message")
			.contains("用户名或密码错误");

		clock.advance(Duration.ofMinutes(16));
		browser.signIn(username, TestUsers.PASSWORD);
		// On a phone the user's name sits in the folded menu: present, not visible.
		assertThat(browser.textOf(By.id("lz-user-name"))).isEqualTo("测试" + username);
	}

	@Test
	void anUnknownUserGetsTheSameMessageAsAWrongPassword() {
		browser = browser(Browser.PHONE).signIn("nobody-" + UUID.randomUUID().toString().substring(0, 8),
				"Whatever-2026");
		assertThat(browser.find(By.id("login-error")).getText())
			.isEqualTo("用户名或密码错误。连续输错 5 次,账号将被暂时锁定 15 分钟,再次锁定时间加倍(最长 24 小时)。");
	}

	@Test
	void signingOutEndsTheSession() {
		String username = fixtures.userWith(Role.AUDITOR);
		browser = browser(Browser.DESKTOP).signIn(username, TestUsers.PASSWORD);
		browser.find(By.id("lz-logout")).click();
		browser.await().until(ExpectedConditions.urlContains("/login?logout"));

		browser.go("/");
		browser.await().until(ExpectedConditions.urlContains("/login"));
		assertThat(browser.driver().findElements(By.id("lz-user-name"))).isEmpty();
	}
}
