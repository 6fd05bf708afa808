package cn.lvzhi.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import cn.lvzhi.shared.CurrentUser;

/** Sign-in page and each role's home page. */
@Controller
class ShellController {

	@GetMapping("/login")
	String login() {
		return "login";
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("user", user);
		return "home";
	}
}
