//! Korean: the renderer's own words, and how Korean writes dates and counts.

use super::{Labels, Msg};
use crate::model::date::{DatePoint, Precision};
use crate::model::{ActorKind, Qualifier, Stance, Status};
use crate::query::ItemKind;
use crate::render::View;

pub(crate) struct Korean;

impl Labels for Korean {
    fn msg(&self, msg: Msg) -> &'static str {
        match msg {
            Msg::ViewsLabel => "보기",
            Msg::By => "저자",
            Msg::Published => "발행일",
            Msg::Summary => "요약",
            Msg::KeyJudgments => "핵심 판단",
            Msg::PolicyAxes => "정책 축",
            Msg::NoJudgments => "이 브리프에는 핵심 판단이 없습니다.",
            Msg::NoAxes => "이 브리프에는 정책 축이 없습니다.",
            Msg::Source => "출처",
            Msg::Close => "닫기",
            Msg::OpenInSource => "원문에서 이 대목 보기",
            Msg::Evidence => "근거",
            Msg::QuotesFrom => "인용 출처:",
            Msg::ShowSourceFor => "출처 보기:",
            Msg::DataTable => "데이터 표",
            Msg::Authors => "저자",
            Msg::PartnerNetwork => "협력 관계망",
            Msg::PartnerNetworkDesc => "각 선은 브리프가 서술한 관계이며, 선의 모양과 이름표가 입장을 나타냅니다.",
            Msg::Relations => "관계",
            Msg::Actors => "행위자",
            Msg::Role => "역할",
            Msg::Stance => "입장",
            Msg::Fields => "협력 분야",
            Msg::NoRelations => "이 브리프에는 행위자 간 관계가 없습니다.",
            Msg::NoActors => "이 브리프에는 행위자가 없습니다.",
            Msg::NoActorRelations => "이 브리프에는 이 행위자의 관계가 없습니다.",
            Msg::SelectedActor => "선택한 행위자",
            Msg::LegendTitle => "선 모양",
            Msg::Member => "소속",
            Msg::FilterBySector => "분야별 보기",
            Msg::AllSectors => "전체 분야",
            Msg::Sector => "분야",
            Msg::Place => "장소",
            Msg::PolicyFrame => "정책 틀",
            Msg::Timing => "시기",
            Msg::ClaimedResults => "발표된 성과",
            Msg::RisksAssessment => "위험 요인 (브리프의 평가)",
            Msg::NoProjects => "이 브리프에는 사업이 없습니다.",
            Msg::NoProjectsInSector => "이 분야에는 사업이 없습니다.",
            Msg::MapTitle => "사업 위치",
            Msg::MapApproximate => "위치는 대략적입니다.",
            Msg::MapExact => "위치는 출처에 따른 것입니다.",
            Msg::CoordinatesSource => "좌표 출처:",
            Msg::OutlineAttribution => "윤곽선:",
            Msg::NotMapped => "지도에 없는 곳",
            Msg::NoCoordinates => "좌표 없음",
            Msg::OutsideMap => "지도 범위 밖",
            Msg::MapSkipped => "일부 사업은 지도 범위 밖에 있어 목록으로만 표시합니다.",
            Msg::MappedProjects => "지도에 표시된 사업",
            Msg::TimelineChart => "연표 그래프",
            Msg::TimelineChartDesc => "점은 일·월 단위 날짜이고, 막대는 그보다 넓은 시기와 기간을 나타냅니다.",
            Msg::Precision => "정밀도",
            Msg::Period => "기간",
            Msg::NoEvents => "이 브리프에는 사건이 없습니다.",
            Msg::NoIndicators => "이 브리프에는 지표가 없습니다.",
            Msg::When => "시점",
            Msg::Value => "값",
            Msg::Qualifier => "해석",
            Msg::Note => "비고",
            Msg::Unit => "단위",
            Msg::NoNumbers => "브리프는 이 지표의 수치를 제시하지 않습니다.",
            Msg::RelatedIndicators => "관련 항목",
            Msg::ChartHonesty => "브리프가 밝힌 값만 표시하며, 그 사이는 잇지 않습니다.",
            Msg::AddressedTo => "대상",
            Msg::NoRecommendations => "이 브리프에는 정책 제언이 없습니다.",
            Msg::OtherRecommendations => "기타 제언",
            Msg::SearchLabel => "브리프 검색",
            Msg::SearchPlaceholder => "핵심 내용과 인용문 검색",
            Msg::SearchPrompt => "검색어를 입력하세요.",
            Msg::NoResults => "검색 결과가 없습니다.",
            Msg::ProvenanceTitle => "누구의 말인가",
            Msg::ProvQuote => "브리프 원문",
            Msg::ProvParaphrase => "편집자 요약",
            Msg::ProvClassification => "편집자 분류",
            Msg::ProvInferred => "추정 날짜",
            Msg::ProvLegendQuote => "인용문(¶ 문단 번호 표시)은 브리프의 원문 그대로입니다.",
            Msg::ProvLegendParaphrase => "인용한 대목을 편집자가 풀어 쓴 것으로, 브리프의 문장이 아닙니다.",
            Msg::ProvLegendClassification => {
                "입장, 역할, 정책 축 태그, 행위자 유형, 분야, 지도 위치는 편집자가 부여한 것으로, 브리프가 이런 용어로 밝힌 것이 아닙니다."
            }
            Msg::ProvLegendInferred => "브리프가 밝히지 않아 편집자가 맥락에서 추정한 날짜입니다.",
            Msg::Undated => "날짜 미상",
            Msg::UndatedNote => "브리프가 날짜를 밝히지 않은 항목으로, 그래프에는 표시하지 않습니다.",
            Msg::StatusNote => "속이 빈 파선 표시는 실제로 일어난 일이 아니라 계획, 목표 또는 전망입니다.",
            Msg::Places => "장소",
            Msg::NoMap => "이 브리프에는 지도가 없어 장소를 목록으로 보여 줍니다.",
            Msg::MapArea => "지도 범위:",
            Msg::WholeBrief => "브리프 전체 보기",
        }
    }

    fn view(&self, view: View) -> &'static str {
        match view {
            View::Overview => "개요",
            View::Partners => "협력 관계",
            View::Projects => "사업",
            View::Timeline => "연표",
            View::Economy => "경제",
            View::Recommendations => "정책 제언",
            View::Search => "검색",
        }
    }

    fn stance(&self, s: Stance) -> &'static str {
        match s {
            Stance::Cooperative => "협력적",
            Stance::Ambivalent => "양면적",
            Stance::Conditional => "조건부",
            Stance::Hostile => "적대적",
            Stance::Neutral => "중립적",
            Stance::Tense => "긴장",
            Stance::Disputed => "분쟁",
        }
    }

    fn stance_pattern(&self, s: Stance) -> &'static str {
        match s {
            Stance::Cooperative => "굵은 실선",
            Stance::Ambivalent => "일점쇄선",
            Stance::Conditional => "파선",
            Stance::Hostile => "점선",
            Stance::Neutral => "가는 실선",
            Stance::Tense => "긴 파선",
            Stance::Disputed => "이점쇄선",
        }
    }

    fn actor_kind(&self, k: ActorKind) -> &'static str {
        match k {
            ActorKind::State => "국가",
            ActorKind::Bloc => "국가 연합",
            ActorKind::Person => "인물",
            ActorKind::Institution => "기관",
            ActorKind::Organization => "단체",
        }
    }

    fn item_kind(&self, k: ItemKind) -> &'static str {
        match k {
            ItemKind::Judgment => "핵심 판단",
            ItemKind::Axis => "정책 축",
            ItemKind::Actor => "행위자",
            ItemKind::Relation => "관계",
            ItemKind::Project => "사업",
            ItemKind::Indicator => "지표",
            ItemKind::Observation => "관측값",
            ItemKind::Event => "사건",
            ItemKind::RecommendationArea => "제언 분야",
            ItemKind::Recommendation => "정책 제언",
        }
    }

    fn qualifier(&self, q: Qualifier) -> &'static str {
        match q {
            Qualifier::Exact => "정확한 값",
            Qualifier::Approximate => "근삿값",
            Qualifier::Range => "범위",
            Qualifier::AtLeast => "이상",
            Qualifier::AtMost => "이하",
        }
    }

    fn precision(&self, p: Precision) -> &'static str {
        match p {
            Precision::Day => "일",
            Precision::Month => "월",
            Precision::Season => "계절",
            Precision::Quarter => "분기",
            Precision::Half => "반기",
            Precision::Year => "연도",
            Precision::Early | Precision::Mid | Precision::Late => "시기",
            Precision::End => "연말",
        }
    }

    fn status(&self, s: Status) -> &'static str {
        match s {
            Status::Actual => "실제",
            Status::Plan => "계획",
            Status::Target => "목표",
            Status::Forecast => "전망",
        }
    }

    fn season(&self, part: u32) -> &'static str {
        match part {
            1 => "봄",
            2 => "여름",
            3 => "가을",
            4 => "겨울",
            _ => "",
        }
    }

    fn sector(&self, slug: &str) -> Option<&'static str> {
        Some(match slug {
            "healthcare" => "보건의료",
            "agriculture" => "농업",
            "aquaculture" => "양식업",
            "fisheries" => "수산업",
            "tourism" => "관광",
            "construction" => "건설",
            "housing" => "주택",
            "energy" => "에너지",
            "trade" => "무역",
            "industry" => "산업",
            "education" => "교육",
            "infrastructure" => "기반시설",
            "regional-development" => "지방 발전",
            _ => return None,
        })
    }

    fn date_point(&self, p: &DatePoint) -> String {
        let year = p.year;
        match p.precision {
            Precision::Day => format!("{year}년 {}월 {}일", p.month, p.day),
            Precision::Month => format!("{year}년 {}월", p.month),
            Precision::Quarter => format!("{year}년 {}분기", p.part),
            Precision::Half if p.part == 1 => format!("{year}년 상반기"),
            Precision::Half => format!("{year}년 하반기"),
            Precision::Season => format!("{year}년 {}", self.season(p.part)),
            Precision::Year => format!("{year}년"),
            Precision::Early => format!("{year}년 초"),
            Precision::Mid => format!("{year}년 중반"),
            Precision::Late => format!("{year}년 말"),
            Precision::End => format!("{year}년 말"),
        }
    }

    fn year_period(&self, from: i32, to: i32) -> String {
        format!("{from}–{to}년")
    }

    fn paragraph(&self, n: u32) -> String {
        format!("{n}문단")
    }

    fn count_items(&self, _n: usize, count: &str) -> String {
        format!("항목 {count}개")
    }

    fn count_results(&self, _n: usize, count: &str) -> String {
        format!("검색 결과 {count}건")
    }
}
