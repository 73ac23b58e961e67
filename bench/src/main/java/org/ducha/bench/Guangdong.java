package org.ducha.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The administrative tree of Guangdong (广东省, GB/T 2260) as scenario 5 simulates it: its
 * 21 prefecture-level cities and their 122 county-level divisions. 东莞市 and 中山市 have no
 * county level (their towns are directly under the city), so they relay nothing.
 */
final class Guangdong {

	/** A county-level division. */
	record County(String code, String name) {
	}

	/** A prefecture-level city and its counties. */
	record City(String code, String name, List<County> counties) {

		/** The same city with at most {@code max} of its counties. */
		City firstCounties(int max) {
			return new City(this.code, this.name, this.counties.subList(0, Math.min(max, this.counties.size())));
		}

	}

	static final List<City> CITIES = List.of(
			city("440100", "广州市", "440103 荔湾区", "440104 越秀区", "440105 海珠区", "440106 天河区", "440111 白云区", "440112 黄埔区",
					"440113 番禺区", "440114 花都区", "440115 南沙区", "440117 从化区", "440118 增城区"),
			city("440200", "韶关市", "440203 武江区", "440204 浈江区", "440205 曲江区", "440222 始兴县", "440224 仁化县", "440229 翁源县",
					"440232 乳源瑶族自治县", "440233 新丰县", "440281 乐昌市", "440282 南雄市"),
			city("440300", "深圳市", "440303 罗湖区", "440304 福田区", "440305 南山区", "440306 宝安区", "440307 龙岗区", "440308 盐田区",
					"440309 龙华区", "440310 坪山区", "440311 光明区"),
			city("440400", "珠海市", "440402 香洲区", "440403 斗门区", "440404 金湾区"),
			city("440500", "汕头市", "440507 龙湖区", "440511 金平区", "440512 濠江区", "440513 潮阳区", "440514 潮南区", "440515 澄海区",
					"440523 南澳县"),
			city("440600", "佛山市", "440604 禅城区", "440605 南海区", "440606 顺德区", "440607 三水区", "440608 高明区"),
			city("440700", "江门市", "440703 蓬江区", "440704 江海区", "440705 新会区", "440781 台山市", "440783 开平市", "440784 鹤山市",
					"440785 恩平市"),
			city("440800", "湛江市", "440802 赤坎区", "440803 霞山区", "440804 坡头区", "440811 麻章区", "440823 遂溪县", "440825 徐闻县",
					"440881 廉江市", "440882 雷州市", "440883 吴川市"),
			city("440900", "茂名市", "440902 茂南区", "440904 电白区", "440981 高州市", "440982 化州市", "440983 信宜市"),
			city("441200", "肇庆市", "441202 端州区", "441203 鼎湖区", "441204 高要区", "441223 广宁县", "441224 怀集县", "441225 封开县",
					"441226 德庆县", "441284 四会市"),
			city("441300", "惠州市", "441302 惠城区", "441303 惠阳区", "441322 博罗县", "441323 惠东县", "441324 龙门县"),
			city("441400", "梅州市", "441402 梅江区", "441403 梅县区", "441422 大埔县", "441423 丰顺县", "441424 五华县", "441426 平远县",
					"441427 蕉岭县", "441481 兴宁市"),
			city("441500", "汕尾市", "441502 城区", "441521 海丰县", "441523 陆河县", "441581 陆丰市"),
			city("441600", "河源市", "441602 源城区", "441621 紫金县", "441622 龙川县", "441623 连平县", "441624 和平县", "441625 东源县"),
			city("441700", "阳江市", "441702 江城区", "441704 阳东区", "441721 阳西县", "441781 阳春市"),
			city("441800", "清远市", "441802 清城区", "441803 清新区", "441821 佛冈县", "441823 阳山县", "441825 连山壮族瑶族自治县",
					"441826 连南瑶族自治县", "441881 英德市", "441882 连州市"),
			city("441900", "东莞市"), city("442000", "中山市"),
			city("445100", "潮州市", "445102 湘桥区", "445103 潮安区", "445122 饶平县"),
			city("445200", "揭阳市", "445202 榕城区", "445203 揭东区", "445222 揭西县", "445224 惠来县", "445281 普宁市"),
			city("445300", "云浮市", "445302 云城区", "445303 云安区", "445321 新兴县", "445322 郁南县", "445381 罗定市"));

	private Guangdong() {
	}

	/**
	 * Every city, each with at most {@code maxCountiesPerCity} counties (all of them when
	 * the limit is 0 or less).
	 */
	static List<City> cities(int maxCountiesPerCity) {
		return (maxCountiesPerCity <= 0) ? CITIES
				: CITIES.stream().map((city) -> city.firstCounties(maxCountiesPerCity)).toList();
	}

	static int countyCount(List<City> cities) {
		return cities.stream().mapToInt((city) -> city.counties().size()).sum();
	}

	private static City city(String code, String name, String... counties) {
		List<County> list = new ArrayList<>();
		for (String county : counties) {
			list.add(new County(county.substring(0, 6), county.substring(7)));
		}
		return new City(code, name, List.copyOf(list));
	}

}
