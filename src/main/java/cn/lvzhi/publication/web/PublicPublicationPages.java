package cn.lvzhi.publication.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.lvzhi.publication.Publication;
import cn.lvzhi.publication.PublicationQueries;
import cn.lvzhi.publication.PublicationSummary;
import cn.lvzhi.roster.District;
import cn.lvzhi.roster.Districts;
import cn.lvzhi.standard.Category;

/**
 * 公示 for everyone, without signing in: the published lists of a district by year and quarter,
 * and a list grouped by community workstation with names, points and ranks and its hash.
 */
@Controller
@RequestMapping("/public/publications")
class PublicPublicationPages {

	private final PublicationQueries queries;

	private final Districts districts;

	PublicPublicationPages(PublicationQueries queries, Districts districts) {
		this.queries = queries;
		this.districts = districts;
	}

	@GetMapping
	String list(@RequestParam(required = false) String district, @RequestParam(required = false) Integer year,
			Model model) {
		District d = districts.of(queries.publicDistrict(district));
		List<PublicationSummary> lists = queries.published(d.id(), year);
		model.addAttribute("district", d);
		model.addAttribute("districtCode", district);
		model.addAttribute("years", queries.publishedYears(d.id()));
		model.addAttribute("year", year);
		model.addAttribute("lists", lists);
		model.addAttribute("zone", d.timeZone());
		return "publication/public-list";
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, Model model) {
		Publication p = queries.published(id);
		District d = districts.of(p.districtId());
		model.addAttribute("p", p);
		model.addAttribute("districtName", d.name());
		model.addAttribute("districtCode", d.code());
		model.addAttribute("categories", Category.values());
		model.addAttribute("zone", d.timeZone());
		return "publication/public-detail";
	}
}
