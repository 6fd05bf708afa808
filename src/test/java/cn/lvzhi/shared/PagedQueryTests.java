package cn.lvzhi.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Paging through a filtered list on a real (in-memory H2) database gives every row once, in order. */
class PagedQueryTests {

	private JdbcClient jdbc;

	private final List<Row> rows = new ArrayList<>();

	record Row(long id, String kind, String name) {
	}

	@BeforeEach
	void table() {
		var source = new JdbcDataSource();
		source.setURL("jdbc:h2:mem:paged" + System.nanoTime() + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1");
		jdbc = JdbcClient.create(source);
		jdbc.sql("create table item (id bigint primary key, kind varchar(8), name varchar(20))").update();
		long seed = Long.getLong("lvzhi.seed", 20261202L);
		var random = new Random(seed);
		String[] names = { "张三", "李四", "王_五", "赵%六", "a\\b" };
		for (long id = 1; id <= 137; id++) {
			var row = new Row(id, random.nextBoolean() ? "A" : "B", names[random.nextInt(names.length)]);
			rows.add(row);
			jdbc.sql("insert into item values (?, ?, ?)").params(row.id(), row.kind(), row.name()).update();
		}
	}

	@Test
	void pagesCoverEveryMatchingRowOnceInTheGivenOrder() {
		for (int size : new int[] { 1, 7, 50, 1000 }) {
			List<Long> seen = new ArrayList<>();
			long total = -1;
			for (int page = 0; page * size < 137; page++) {
				PageResult<Long> result = PagedQuery.from("item")
					.where("kind = :kind", "kind", "A")
					.ids(jdbc, "id", "id desc", new PageQuery(page, size));
				seen.addAll(result.items());
				total = result.total();
			}
			List<Long> expected = rows.stream()
				.filter(r -> r.kind().equals("A"))
				.map(Row::id)
				.sorted(Comparator.reverseOrder())
				.toList();
			assertThat(seen).as("size %d", size).isEqualTo(expected);
			assertThat(total).isEqualTo(expected.size());
		}
	}

	@Test
	void conditionsWithoutAValueAreLeftOut() {
		PageResult<Long> all = PagedQuery.from("item")
			.whereGiven(null, "kind = :kind", "kind")
			.ids(jdbc, "id", "id", new PageQuery(0, 1000));
		assertThat(all.total()).isEqualTo(137);
		assertThat(all.items()).hasSize(137);
	}

	@Test
	void wildcardsInASearchedTextAreTakenLiterally() {
		for (String name : List.of("王_五", "赵%六", "a\\b", "A\\B")) {
			long found = PagedQuery.from("item")
				.where("lower(name) like :name escape '\\'", "name", PagedQuery.containing(name))
				.count(jdbc);
			long expected = rows.stream().filter(r -> r.name().equalsIgnoreCase(name)).count();
			assertThat(found).as(name).isEqualTo(expected).isPositive();
		}
	}

	@Test
	void anEmptyPageStillCarriesTheTotal() {
		PageResult<String> beyond = PagedQuery.from("item")
			.ids(jdbc, "id", "id", new PageQuery(99, 10))
			.map(String::valueOf);
		assertThat(beyond.items()).isEmpty();
		assertThat(beyond.total()).isEqualTo(137);
	}

	@Test
	void aggregatesComeBackInTheOrderOfTheirIdsAndMissingOnesAreLeftOut() {
		List<Row> found = PagedQuery.inOrder(List.of(5L, 2L, 999L, 9L),
				ids -> rows.stream().filter(r -> ids.contains(r.id())).toList(), Row::id);
		assertThat(found).extracting(Row::id).containsExactly(5L, 2L, 9L);
	}
}
