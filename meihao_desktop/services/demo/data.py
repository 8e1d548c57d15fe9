"""The demo district: its communities, inspectors and what they wrote and photographed.

Only facts here; ``campaign`` writes the scores, ``photos`` and ``follow_up`` the rest.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

GOOD_FACTS: dict[str, Any] = {
    "red_property_stars": 5,
    "cross_appointment": True,
    "joint_party_org": True,
    "demonstration_level": "市级",
}

# name, district, street, company, manager, built, buildings, households, occupancy, fee, extra
COMMUNITIES: list[tuple[Any, ...]] = [
    (
        "东方瑞园",
        "海州区",
        "新南街道",
        "江苏杨辉物业服务有限公司",
        "杨丽娟",
        2006,
        28,
        1960,
        "98",
        "97.5",
        {
            "demonstration_level": "省级",
            "description": "小区建立由组织部门、住建部门、街道社区、业主委员会、"
            "物业公司、小区党支部为一体的组织体系，每月至少召开1次联席会议；组建居家养老服务队伍，"
            "为独居困难老年人建立台账，“温馨之家”食堂进驻小区设立爱心餐桌。",
        },
    ),
    (
        "新海花园",
        "海州区",
        "新海街道",
        "江苏迎宾物业管理有限公司",
        "徐迎兵",
        1998,
        22,
        1380,
        "95",
        "96",
        {
            "description": "建于1998年的老旧小区。物业企业进驻后出资300万元改造，"
            "增设塑胶步道、篮球场、健身设施和儿童娱乐设施，设有24小时物业服务热线，"
            "业主满意度达到96%。"
        },
    ),
    (
        "瑞金新村",
        "秦淮区",
        "瑞金路街道",
        "明商集团恒兆公司",
        "周喆",
        1976,
        40,
        2800,
        "100",
        "96",
        {
            "demonstration_level": "省级",
            "description": "上世纪70年代的老旧小区，2019年改造后经业委会公开招聘"
            "选聘物业，践行“先服务，后收费，不满意，不收费”的服务承诺，物业费收缴率由20%提高到96%。",
        },
    ),
    (
        "怡江苑",
        "栖霞区",
        "龙潭街道",
        "南京谐扬物业管理有限公司",
        "王堃",
        2012,
        32,
        1450,
        "92",
        "96.2",
        {
            "description": "拆迁安置房小区，共有住宅楼32幢，居住人口约3500人。"
            "践行“红色物业”管理模式，由街道、社区、社会组织、公安部门、建设单位"
            "五方力量形成党建联盟。"
        },
    ),
    (
        "苍梧小区",
        "海州区",
        "朐阳街道",
        "连云港苍梧物业有限公司",
        "陈珺",
        2003,
        18,
        1100,
        "93",
        "95.5",
        {},
    ),
    (
        "朐阳花园",
        "海州区",
        "朐阳街道",
        "连云港港城物业服务有限公司",
        "刘赟",
        2010,
        24,
        1620,
        "90",
        "97",
        {},
    ),
    (
        "凤凰星城",
        "海州区",
        "洪门街道",
        "江苏凤凰物业管理有限公司",
        "赵玥",
        2015,
        36,
        2400,
        "88",
        "95.8",
        {},
    ),
    (
        "锦屏家园",
        "海州区",
        "锦屏镇",
        "连云港锦屏物业有限公司",
        "孙建国",
        2008,
        16,
        960,
        "85",
        "95.2",
        {"red_property_stars": 3},
    ),  # fails eligibility: 红色物业 three stars only
    (
        "盐河新苑",
        "海州区",
        "新东街道",
        "连云港盐河物业服务有限公司",
        "钱晓梅",
        2012,
        20,
        1300,
        "91",
        "96.4",
        {},
    ),
    (
        "蔷薇湖畔",
        "海州区",
        "新浦街道",
        "江苏蔷薇物业管理有限公司",
        "吴海涛",
        2017,
        30,
        2100,
        "82",
        "95.1",
        {},
    ),
    (
        "通灌佳苑",
        "海州区",
        "浦西街道",
        "连云港通灌物业有限公司",
        "郑丽",
        2005,
        14,
        820,
        "96",
        "95.9",
        {},
    ),
    (
        "花果山庄",
        "海州区",
        "花果山街道",
        "连云港花果山物业服务有限公司",
        "冯志强",
        2011,
        26,
        1750,
        "89",
        "96.8",
        {},
    ),
    (
        "海宁新村",
        "海州区",
        "海州街道",
        "连云港海宁物业有限公司",
        "何静",
        2000,
        19,
        1200,
        "97",
        "95.3",
        {},
    ),
    (
        "秀逸苏杭",
        "海州区",
        "幸福路街道",
        "江苏秀逸物业服务有限公司",
        "许文博",
        2014,
        27,
        1880,
        "87",
        "96.1",
        {},
    ),
]
GATE_FAILURE = "蔷薇湖畔"  # R7: 占用堵塞消防车通道 found on site
INSPECTORS = [
    ("周雯", "海州区住房和城乡建设局"),
    ("孙嘉树", "海州区住房和城乡建设局"),
    ("吴喆", "连云港市物业管理协会"),
    ("郑思远", "海州区新南街道办事处"),
    ("冯玥", "连云港市物业管理协会"),
]
# What an inspector adds after a problem (the random draw picks one; the problem itself
# is the item's, in ITEM_PROBLEMS).
ACTIONS = [
    "现场已要求物业限期整改。",
    "已向物业项目负责人当面反馈。",
    "已拍照留存，责成物业整改。",
    "物业负责人表示将尽快整改。",
    "已列入问题台账，限期整改。",
]
REMARKS_GOOD = [
    "台账齐全，现场核实情况良好。",
    "查阅资料与现场情况一致。",
    "居民反映良好，现场抽查无问题。",
]


# The order of the visits, one community every few days; the most recent visits are
# still drafts. (东方瑞园's and 瑞金新村's inspections stay drafts: tests edit and sign them.)
VISIT_ORDER = [
    "锦屏家园",
    "苍梧小区",
    "朐阳花园",
    "蔷薇湖畔",
    "凤凰星城",
    "花果山庄",
    "秀逸苏杭",
    "海宁新村",
    "新海花园",
    "盐河新苑",
    "怡江苑",
    "通灌佳苑",
    "瑞金新村",
    "东方瑞园",
]
# Not every visit brings photos home. (瑞金新村: tests attach their own photos to it.)
WITHOUT_PHOTOS = {"瑞金新村", "海宁新村"}
# Where a community's photos are taken (latitude, longitude), roughly.
HAIZHOU = (34.574, 119.176)
NANJING = {"怡江苑": (32.159, 119.036), "瑞金新村": (32.034, 118.811)}
# Each inspector's phone, as its photos' EXIF names it (make, model).
PHONES = {
    "周雯": ("HUAWEI", "HUAWEI Mate 60"),
    "孙嘉树": ("Xiaomi", "Xiaomi 14"),
    "吴喆": ("OPPO", "OPPO Reno11"),
    "郑思远": ("vivo", "vivo X100"),
    "冯玥": ("HONOR", "HONOR Magic6"),
}
BUREAU_SIGNER = ("刘建华", "海州区住房和城乡建设局物业科科长")


@dataclass(frozen=True)
class FollowUp:
    """How a kind of problem is rectified: the time given, the pictures, the report."""

    days: int  # from the visit to the deadline
    before: str  # the scene (``photos.DemoCamera``) showing the problem …
    after: str  # … and once it is rectified
    note: str  # what the company reports it did


FOLLOW_UPS = {
    "records": FollowUp(30, "ledger", "ledger_complete", "已补齐相关台账资料，并报告社区党组织。"),
    "notice": FollowUp(15, "notice_board_stale", "notice_board", "公示栏内容已全部更新。"),
    "clutter": FollowUp(15, "stairwell_boxes", "stairwell", "楼道杂物已全部清理，物业每日巡查。"),
    "charging": FollowUp(
        7, "stairwell_bike", "stairwell", "车辆已移出楼道，引导至集中充电棚充电。"
    ),
    "exit_sign": FollowUp(15, "stairwell_dark", "stairwell", "已更换安全出口指示灯，每月检查。"),
    "greening": FollowUp(60, "greenbelt_bare", "greenbelt", "裸露处已补植草皮和绿篱。"),
    "sorting": FollowUp(
        30, "sorting_short", "sorting_station", "已补齐分类桶，安排督导员定时值守。"
    ),
    "fire_lane": FollowUp(7, "fire_lane_blocked", "fire_lane", "消防通道已清理，设置禁停标识。"),
}
# What an inspector finds wrong with each item of meihao-2024 when it scores low: the
# kind of problem (FOLLOW_UPS) and the words. The first clause captions its photo.
ITEM_PROBLEMS = {
    "1.1": ("records", "街道协调机制台账不全，未见联合执法记录。"),
    "1.2": ("records", "联席会议记录不完整，议定事项未跟踪落实。"),
    "1.3": ("records", "党建活动记录不全，党建指导员履职情况未见台账。"),
    "1.4": ("records", "三方协调机制运行记录缺失，未见近期会议纪要。"),
    "1.5": ("notice", "宣传栏内容陈旧，精神文明宣传内容未及时更新。"),
    "2.1": ("records", "业委会换届选举资料不完整。"),
    "2.2": ("records", "业委会成员党员身份未建档。"),
    "2.3": ("notice", "公共收益及维修资金使用情况未按期公布。"),
    "2.4": ("records", "业委会会议记录不完整，未见报告社区党组织的记录。"),
    "3.1": ("records", "企业社会责任及获奖资料未归档。"),
    "3.2": ("records", "投诉处理台账不全，部分投诉未及时回复。"),
    "3.3": ("notice", "物业服务标准未公示，业主知晓率低。"),
    "3.4": ("notice", "公示栏信息未及时更新，部分收费项目未公示。"),
    "3.5": ("clutter", "楼道内堆放杂物，影响通行和消防安全。"),
    "3.6": ("greening", "绿化带有黄土裸露和缺株现象。"),
    "3.7": ("exit_sign", "楼道安全出口指示灯损坏，未及时维修。"),
    "3.8": ("records", "生活服务延伸项目台账不全。"),
    "3.9": ("records", "违法违规行为巡查记录不全。"),
    "4.1": ("notice", "未在显著位置公示相关部门投诉、咨询电话。"),
    "4.2": ("notice", "未公示供水、供电、供气等专业运营单位电话。"),
    "4.3": ("records", "执法和专业服务进小区记录不全。"),
    "4.4": ("fire_lane", "消防通道被私家车占用。"),
    "4.5": ("charging", "电动自行车在楼道内充电，存在消防隐患。"),
    "4.6": ("sorting", "垃圾分类投放点桶位不全，存在混投现象。"),
    "4.7": ("greening", "绿地内宠物粪便未及时清理，草皮踩踏裸露。"),
}
