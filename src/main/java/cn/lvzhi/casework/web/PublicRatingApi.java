package cn.lvzhi.casework.web;

import java.time.ZoneId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.lvzhi.casework.Appeal;
import cn.lvzhi.casework.AppealRatings;
import cn.lvzhi.roster.Districts;

/**
 * The constituent's one-time rating link, without an account: what it shows (only the appeal's
 * subject and result) and the rating. Unknown token: 404; used, or the appeal rated another way:
 * 409; expired: 409 (the detail says which).
 */
@RestController
@RequestMapping("/api/v1/public/ratings/{token}")
@Tag(name = "Appeals")
class PublicRatingApi {

	private final AppealRatings ratings;

	private final Districts districts;

	PublicRatingApi(AppealRatings ratings, Districts districts) {
		this.ratings = ratings;
		this.districts = districts;
	}

	@GetMapping
	@ApiResponse(responseCode = "200", description = "What the link shows", useReturnTypeSchema = true)
	@ApiResponse(responseCode = "409", description = "The link was used (or the appeal rated another way) or has "
			+ "expired", content = @Content(mediaType = "application/problem+json",
					schema = @Schema(ref = "#/components/schemas/Problem")))
	@Operation(summary = "What a rating link shows (no credentials; an extension): {subject, category, resolution, "
			+ "expiresAt}, no name or phone; 404 unknown, 409 used or expired")
	AppealJson.RatingPageJson page(@PathVariable String token) {
		AppealRatings.RatingPage page = ratings.page(token);
		return new AppealJson.RatingPageJson(page.subject(), page.category(), page.resolution(),
				AppealJson.at(page.expiresAt(), zone()));
	}

	@PostMapping
	@Operation(summary = "The constituent rates the result through the one-time link {satisfaction} (no "
			+ "credentials): {status: RATED, satisfaction}; the proxy's item-3 record carries it; the link is used "
			+ "up. 404 unknown, 409 used or expired, 422 an unknown satisfaction")
	AppealJson.RatedJson rate(@PathVariable String token, @RequestBody AppealRequests.AppealRatingRequest body) {
		Appeal appeal = ratings.rateByLink(token, body.satisfaction());
		return new AppealJson.RatedJson(appeal.status().name(), appeal.satisfaction().map(Enum::name).orElseThrow());
	}

	private ZoneId zone() {
		return districts.defaultDistrict().timeZone();
	}
}
