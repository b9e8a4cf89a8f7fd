// Word lists for the synthetic briefs of bench/library/generate.mjs.
//
// Each list is in rank order: the generator draws words with a Zipf-like law (weight 1 / rank), so the first
// words of a list are common across the whole library and the last ones rare, as in real briefs. That is
// what a search index meets in practice: a few terms in nearly every brief, a long tail in a handful.
//
// Written for this benchmark; the words are ordinary policy vocabulary, not taken from any brief.

const list = (text) => text.trim().split(/\s+/);

/** English nouns, common first. */
export const EN_NOUNS = list(`
  policy government cooperation security development trade energy market region growth investment
  agreement reform budget infrastructure capacity risk sector strategy support economy framework
  community program network stability resilience access funding export import supply demand price
  employment industry technology transition migration border governance coalition dialogue sanction
  alliance partnership negotiation summit ministry parliament election court regulation tariff subsidy
  pension health hospital school university research innovation data platform service standard
  agriculture farmer harvest fishery fisher port shipping vessel coast river delta water drought flood
  climate emission carbon renewable grid battery hydrogen nuclear reactor pipeline refinery mine
  mineral nickel lithium copper semiconductor chip factory manufacturing labour wage union household
  housing rent mortgage debt deficit inflation currency bond bank credit loan insurance tax revenue
  procurement contract tender corridor railway highway airport bridge tunnel logistics warehouse
  customs quota licence permit inspection compliance enforcement audit transparency corruption
  accountability oversight mandate treaty protocol convention commission council assembly committee
  delegation envoy diplomat embassy consulate visa refugee asylum displacement humanitarian relief
  famine nutrition vaccine epidemic pandemic clinic doctor nurse patient medicine pharmacy
  tourism resort festival heritage museum broadcaster newspaper journalist censorship surveillance
  cyberattack satellite drone missile warship garrison deterrence exercise ceasefire armistice
  reconciliation reunification normalization denuclearization verification inspectorate stockpile
  cooperative aquaculture seaweed oyster salmon trawler quayside breakwater seawall mangrove wetland
  salinity sediment erosion aquifer reservoir irrigation canal sluice levee floodplain watershed
  forestry timber charcoal biomass geothermal turbine substation transformer microgrid smelter
  tailings refinement concentrate cathode anode electrolyte recycling landfill compost wastewater
  desalination phytoplankton cabotage transshipment bunkering dredging stevedore
`);

/** English adjectives, common first. */
export const EN_ADJECTIVES = list(`
  new regional national economic public local international strategic domestic political social
  significant rural urban coastal financial fiscal industrial agricultural environmental structural
  sustainable limited major joint bilateral multilateral northern southern eastern western cross-border
  fragile stable volatile gradual rapid modest ambitious cautious conditional temporary permanent
  informal formal private state-owned foreign remote densely-populated low-income landlocked
  mountainous arid tropical seasonal maritime inland upstream downstream offshore onshore
  long-term short-term medium-term unprecedented contested overlapping redundant obsolete
  decentralized centralized transboundary intergenerational countercyclical
`);

/** English verbs (past tense), common first. */
export const EN_VERBS = list(`
  expanded reduced announced launched increased supported proposed agreed approved introduced
  strengthened weakened delayed suspended restored resumed extended signed ratified rejected
  criticized welcomed questioned financed built upgraded privatized nationalized relaxed tightened
  doubled halved stabilized diversified consolidated restructured renegotiated postponed accelerated
  prioritized overlooked underestimated overestimated subsidized taxed regulated deregulated
  mobilized deployed withdrew imposed lifted waived audited monitored mapped piloted scaled
  reallocated earmarked frontloaded ringfenced mothballed decommissioned repurposed
`);

/** English function words that make the filler read like sentences. */
export const EN_LINKS = list(`the the the of of and and in in for with to on by from at across under`);

/**
 * Korean nouns, common first. Some are the parts of the compounds below (협동조합, 개발, 사업), so a search
 * for a word inside a compound has real answers.
 */
export const KO_NOUNS = list(`
  정부 정책 협력 안보 경제 지역 개발 무역 에너지 시장 성장 투자 합의 개혁 예산 기반시설 역량 위험
  부문 전략 지원 체계 사회 사업 안정 회복력 접근 재원 수출 수입 공급 수요 가격 고용 산업 기술
  전환 이주 국경 거버넌스 연합 대화 제재 동맹 동반자 협상 정상회담 부처 의회 선거 법원 규제
  관세 보조금 연금 보건 병원 학교 대학 연구 혁신 자료 기준 농업 농민 수확 어업 어민 항만 해운
  선박 해안 하천 삼각주 수자원 가뭄 홍수 기후 배출 탄소 재생에너지 전력망 배터리 수소 원자력
  원자로 송유관 정유 광산 광물 니켈 리튬 구리 반도체 공장 제조업 노동 임금 노조 가계 주택 임대료
  부채 적자 물가 통화 채권 은행 신용 대출 보험 세금 세입 조달 계약 입찰 회랑 철도 고속도로 공항
  교량 도로 물류 창고 통관 할당량 허가 검사 준수 집행 감사 투명성 부패 책임성 감독 조약 의정서 협약
  위원회 이사회 대표단 특사 외교관 대사관 비자 난민 망명 인도주의 구호 기근 영양 백신 감염병
  진료소 의사 간호사 환자 의약품 관광 축제 문화유산 박물관 방송 언론 검열 감시 사이버공격 위성
  무인기 미사일 군함 억지력 훈련 휴전 정전협정 화해 통일 정상화 비핵화 검증 비축 협동조합 양식업
  미역 굴 연어 저인망 방파제 방조제 맹그로브 습지 염도 퇴적물 침식 대수층 저수지 관개 운하 수문
  제방 범람원 유역 임업 목재 바이오매스 지열 터빈 변전소 변압기 소규모전력망 제련소 광미 정광
  양극재 음극재 전해질 재활용 매립지 퇴비 하수 해수담수화 식물플랑크톤 연안운송 환적 급유 준설
  하역
`);

/** Korean compound parts: a modifier and a head written as one word (어민 + 협동조합 = 어민협동조합). */
export const KO_COMPOUND_MODIFIERS = list(`
  어민 농업 수산업 지역 항만 해양 에너지 식량 기후 공급망 반도체 청년 노동 주택 교통 관광 보건
  교육 국방 통상 산림 광물 물류 금융 재난 난민 연안 농촌 도시 전력
`);
export const KO_COMPOUND_HEADS = list(`
  협동조합 정책 협력 개발계획 지원사업 기금 위원회 규제 전략 안정화 보호구역 전환 위기 대응 관리
  시장 조사 협정 예산 인프라
`);

/** Korean predicates that end a sentence, common first. */
export const KO_VERBS = list(`
  확대했다 축소했다 발표했다 추진했다 늘렸다 지원했다 제안했다 합의했다 승인했다 도입했다 강화했다
  약화시켰다 연기했다 중단했다 복원했다 재개했다 연장했다 서명했다 비준했다 거부했다 비판했다
  환영했다 재검토했다 조달했다 건설했다 개선했다 완화했다 배증했다 안정시켰다 다변화했다
  통합했다 재협상했다 가속화했다 우선시했다 과소평가했다 감시했다 시범운영했다 재배정했다
`);

/** Korean adverbs and determiners that make the filler read like sentences. */
export const KO_ADVERBS = list(`
  새로운 지역 국가 주요 공동 장기 단기 점진적으로 빠르게 신중하게 조건부로 일시적으로 사실상 여전히
  다시 크게 부분적으로 처음으로
`);

/** English and Korean given and family names of authors. */
export const EN_GIVEN = list(`Anna Ben Chloe David Elena Farid Grace Hiro Ines Jonas Kemi Luis Maya Nikhil Omar Priya Rosa Samuel Tara Yusuf`);
export const EN_FAMILY = list(`Adler Bakker Costa Dlamini Evans Fischer Garcia Haddad Ito Jensen Kowalski Lindqvist Mensah Novak Okafor Patel Quinn Rossi Suzuki Tanaka`);
export const KO_FAMILY = list(`김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권`);
export const KO_GIVEN = list(`민준 서연 지훈 수빈 현우 지은 도윤 하은 성민 유진 예린 태오 다은 준서 하린`);
