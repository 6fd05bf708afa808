package cn.lvzhi.casework.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import cn.lvzhi.activities.ActivityView;
import cn.lvzhi.casework.CaseDownload;
import cn.lvzhi.casework.CaseFile;
import cn.lvzhi.casework.CaseText;
import cn.lvzhi.roster.Districts;
import cn.lvzhi.shared.CurrentUser;

/**
 * What the API of inspections, inquiries and written opinions answers alike: who may call what
 * (the role level; the record level is {@code CollectiveCasePolicy}'s), texts and files with times
 * in the district's zone, the participants' records, and a file download that a browser never
 * renders as a page of this site.
 */
@Component
class CaseResponses {

	/** Enter a case: the office, or staff for their own representatives. */
	static final String ENTERERS = "hasAnyRole('OFFICE','WORKSTATION_STAFF')";

	/** Read a case: the office, the evaluation group, its participants and their staff. */
	static final String READERS = "hasAnyRole('REPRESENTATIVE','WORKSTATION_STAFF','OFFICE','EVALUATION_GROUP')";

	/** Write a report, answer or document: the office, the participants and their staff. */
	static final String FOLLOWERS = "hasAnyRole('REPRESENTATIVE','WORKSTATION_STAFF','OFFICE')";

	private final Districts districts;

	CaseResponses(Districts districts) {
		this.districts = districts;
	}

	ZoneId zone(CurrentUser user) {
		return districts.of(user.districtId()).timeZone();
	}

	static OffsetDateTime at(Instant instant, ZoneId zone) {
		return instant.atZone(zone).toOffsetDateTime();
	}

	/** A report or answer: the text, who wrote it down and when. */
	record CaseTextResponse(String text, String writtenBy, OffsetDateTime writtenAt) {

		static CaseTextResponse of(CaseText text, ZoneId zone) {
			return text == null ? null : new CaseTextResponse(text.text(), text.writtenBy(), at(text.writtenAt(), zone));
		}
	}

	/** A report's file or an opinion's document, described; its bytes are downloaded at its own address. */
	record CaseFileResponse(String filename, String contentType, long size, String sha256, String uploadedBy,
			OffsetDateTime uploadedAt) {

		static CaseFileResponse of(CaseFile file, ZoneId zone) {
			return file == null ? null : new CaseFileResponse(file.filename(), file.contentType(), file.size(),
					file.sha256(), file.uploadedBy(), at(file.uploadedAt(), zone));
		}
	}

	/** A participant and their record of the case: its status and the points it has earned so far. */
	record CaseParticipantResponse(long representativeId, String name, long activityId, String status, int points) {

		static List<CaseParticipantResponse> of(List<ActivityView> records) {
			return records.stream()
				.map(v -> new CaseParticipantResponse(v.record().representativeId(), v.representativeName(),
						v.record().id(), v.record().status().name(), v.points()))
				.toList();
		}
	}

	/** The file as an attachment with the type detected from its content, never sniffed. */
	static ResponseEntity<Resource> download(CaseDownload download) {
		CaseFile file = download.file();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.filename(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(CacheControl.empty().cachePrivate())
			.body(download.content());
	}
}
