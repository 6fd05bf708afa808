package cn.lvzhi.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import cn.lvzhi.accounts.SignInProperties;
import cn.lvzhi.shared.CurrentUser;

/** Sign-in page and each role's home page. */
@Controller
class ShellController {

	private final SignInProperties signIn;

	ShellController(SignInProperties signIn) {
		this.signIn = signIn;
	}

	/** The sign-in page tells how many failures lock an account, and for how long, as configured. */
	@GetMapping("/login")
	String login(Model model) {
		model.addAttribute("signIn", signIn);
		return "login";
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("user", user);
		return "home";
	}
}
