/**
 * Vocabulary for synthetic disclosures: counties, agencies with their functional classification codes,
 * economic classification, project topics, indicator templates and narrative phrases. Codes and names follow
 * the 政府收支分类科目 used by county departments; places are real county names used only as labels.
 */

export interface County {
  readonly slug: string;
  readonly name: string;
  readonly region: string;
}

export const COUNTIES: readonly County[] = [
  { slug: 'jingyan', name: '井研县', region: '四川省乐山市井研县' },
  { slug: 'qianwei', name: '犍为县', region: '四川省乐山市犍为县' },
  { slug: 'jiajiang', name: '夹江县', region: '四川省乐山市夹江县' },
  { slug: 'muchuan', name: '沐川县', region: '四川省乐山市沐川县' },
  { slug: 'hongya', name: '洪雅县', region: '四川省眉山市洪雅县' },
  { slug: 'danling', name: '丹棱县', region: '四川省眉山市丹棱县' },
  { slug: 'qingshen', name: '青神县', region: '四川省眉山市青神县' },
  { slug: 'renshou', name: '仁寿县', region: '四川省眉山市仁寿县' },
  { slug: 'anyue', name: '安岳县', region: '四川省资阳市安岳县' },
  { slug: 'lezhi', name: '乐至县', region: '四川省资阳市乐至县' },
  { slug: 'pengxi', name: '蓬溪县', region: '四川省遂宁市蓬溪县' },
  { slug: 'daying', name: '大英县', region: '四川省遂宁市大英县' },
  { slug: 'zhongjiang', name: '中江县', region: '四川省德阳市中江县' },
  { slug: 'santai', name: '三台县', region: '四川省绵阳市三台县' },
  { slug: 'yanting', name: '盐亭县', region: '四川省绵阳市盐亭县' },
  { slug: 'zitong', name: '梓潼县', region: '四川省绵阳市梓潼县' },
  { slug: 'pingwu', name: '平武县', region: '四川省绵阳市平武县' },
  { slug: 'cangxi', name: '苍溪县', region: '四川省广元市苍溪县' },
  { slug: 'wangcang', name: '旺苍县', region: '四川省广元市旺苍县' },
  { slug: 'jiange', name: '剑阁县', region: '四川省广元市剑阁县' },
  { slug: 'nanjiang', name: '南江县', region: '四川省巴中市南江县' },
  { slug: 'tongjiang', name: '通江县', region: '四川省巴中市通江县' },
  { slug: 'xuanhan', name: '宣汉县', region: '四川省达州市宣汉县' },
  { slug: 'kaijiang', name: '开江县', region: '四川省达州市开江县' },
  { slug: 'dazhu', name: '大竹县', region: '四川省达州市大竹县' },
  { slug: 'linshui', name: '邻水县', region: '四川省广安市邻水县' },
  { slug: 'yuechi', name: '岳池县', region: '四川省广安市岳池县' },
  { slug: 'wusheng', name: '武胜县', region: '四川省广安市武胜县' },
  { slug: 'shizhu', name: '石柱土家族自治县', region: '重庆市石柱土家族自治县' },
  { slug: 'xiushan', name: '秀山土家族苗族自治县', region: '重庆市秀山土家族苗族自治县' },
  { slug: 'youyang', name: '酉阳土家族苗族自治县', region: '重庆市酉阳土家族苗族自治县' },
  { slug: 'pengshui', name: '彭水苗族土家族自治县', region: '重庆市彭水苗族土家族自治县' },
  { slug: 'wuxi', name: '巫溪县', region: '重庆市巫溪县' },
  { slug: 'chengkou', name: '城口县', region: '重庆市城口县' },
  { slug: 'pingluo', name: '平罗县', region: '宁夏回族自治区石嘴山市平罗县' },
  { slug: 'helan', name: '贺兰县', region: '宁夏回族自治区银川市贺兰县' },
  { slug: 'yongning', name: '永宁县', region: '宁夏回族自治区银川市永宁县' },
  { slug: 'tongxin', name: '同心县', region: '宁夏回族自治区吴忠市同心县' },
  { slug: 'yanchi', name: '盐池县', region: '宁夏回族自治区吴忠市盐池县' },
  { slug: 'longde', name: '隆德县', region: '宁夏回族自治区固原市隆德县' },
];

/** A 项 (7-digit functional code) line of a department's budget. */
export interface Leaf {
  readonly code: string;
  readonly name: string;
  /** basic = 基本支出 only, project = 项目支出 only, both = mixed. */
  readonly kind: 'basic' | 'project' | 'both';
  /** Relative size within the department. */
  readonly weight: number;
  /** Funded partly by 事业收入 / 其他收入 when the department has institutions. */
  readonly institution?: boolean;
}

export interface Agency {
  readonly slug: string;
  /** Name pattern: {c} = county name. */
  readonly pattern: string;
  readonly category: '党委部门' | '政府部门' | '人大政协' | '群团组织';
  readonly leaves: readonly Leaf[];
  /** Topics of the agency's own projects: [slug, 名称, 服务对象]. */
  readonly topics: ReadonlyArray<readonly [string, string, string]>;
  /** One sentence of duties. */
  readonly duty: string;
}

const L = (code: string, name: string, kind: Leaf['kind'], weight: number, institution = false): Leaf =>
  institution ? { code, name, kind, weight, institution } : { code, name, kind, weight };

export const AGENCIES: readonly Agency[] = [
  {
    slug: 'organization', pattern: '中共{c}委组织部', category: '党委部门',
    leaves: [L('2013201', '行政运行', 'basic', 30), L('2013202', '一般行政管理事务', 'project', 40), L('2013299', '其他组织事务支出', 'project', 8)],
    topics: [['cadre-training', '干部教育培训', '参训干部'], ['talent-work', '人才工作', '引进人才'], ['party-building', '基层党建工作', '基层党组织'], ['village-cadre', '村干部待遇保障', '村（社区）干部'], ['party-members-care', '党员关爱帮扶', '困难党员']],
    duty: '负责全县党的组织建设、干部队伍建设和人才工作，指导基层党组织建设和党员教育管理。',
  },
  {
    slug: 'publicity', pattern: '中共{c}委宣传部', category: '党委部门',
    leaves: [L('2013301', '行政运行', 'basic', 30), L('2013302', '一般行政管理事务', 'project', 30), L('2013399', '其他宣传事务支出', 'project', 12)],
    topics: [['civilization', '文明城市创建', '城乡居民'], ['news-center', '融媒体中心运行', '受众群众'], ['theory-lecture', '理论宣讲', '基层群众'], ['online-info', '网络信息管理', '网民']],
    duty: '负责全县理论武装、新闻宣传、精神文明建设和意识形态工作。',
  },
  {
    slug: 'discipline', pattern: '中共{c}纪律检查委员会', category: '党委部门',
    leaves: [L('2011101', '行政运行', 'basic', 40), L('2011102', '一般行政管理事务', 'project', 20), L('2011104', '大案要案查处', 'project', 8), L('2011199', '其他纪检监察事务支出', 'project', 6)],
    topics: [['case-handling', '案件查办', '办案人员'], ['inspection-tour', '巡察工作', '被巡察单位'], ['clean-culture', '廉洁文化建设', '党员干部']],
    duty: '负责全县党的纪律检查和国家监察工作，监督执纪问责、监督调查处置。',
  },
  {
    slug: 'government-office', pattern: '{c}人民政府办公室', category: '政府部门',
    leaves: [L('2010301', '行政运行', 'basic', 35), L('2010302', '一般行政管理事务', 'project', 25), L('2010303', '机关服务', 'both', 10), L('2010350', '事业运行', 'basic', 10, true), L('2010399', '其他政府办公厅（室）及相关机构事务支出', 'project', 8)],
    topics: [['gov-service', '政务服务中心运行', '办事群众'], ['hotline', '12345政务服务热线', '来电群众'], ['emergency-duty', '政务值班', '值班人员'], ['gov-info', '政务公开', '社会公众']],
    duty: '负责县人民政府日常工作的综合协调、政务服务、政务公开和督查督办。',
  },
  {
    slug: 'development-reform', pattern: '{c}发展和改革局', category: '政府部门',
    leaves: [L('2010401', '行政运行', 'basic', 35), L('2010402', '一般行政管理事务', 'project', 25), L('2010408', '物价管理', 'project', 6), L('2010499', '其他发展与改革事务支出', 'project', 10)],
    topics: [['major-projects', '重大项目前期工作', '项目单位'], ['price-monitoring', '价格监测', '城乡居民'], ['grain-reserve', '粮食储备管理', '储备企业'], ['energy-saving', '节能降耗监管', '重点用能单位']],
    duty: '负责拟订并组织实施全县国民经济和社会发展规划，统筹推进重大项目建设和经济体制改革。',
  },
  {
    slug: 'finance', pattern: '{c}财政局', category: '政府部门',
    leaves: [L('2010601', '行政运行', 'basic', 35), L('2010602', '一般行政管理事务', 'project', 20), L('2010607', '信息化建设', 'project', 8), L('2010650', '事业运行', 'basic', 12, true), L('2010699', '其他财政事务支出', 'project', 10)],
    topics: [['budget-integration', '预算管理一体化系统运维', '预算单位'], ['performance-evaluation', '财政绩效评价', '评价对象'], ['state-assets', '行政事业性国有资产管理', '资产使用单位'], ['fiscal-supervision', '财会监督检查', '被检查单位']],
    duty: '负责全县财政收支管理、预算编制执行、国有资产管理和财会监督。',
  },
  {
    slug: 'audit', pattern: '{c}审计局', category: '政府部门',
    leaves: [L('2010801', '行政运行', 'basic', 40), L('2010804', '审计业务', 'project', 25), L('2010899', '其他审计事务支出', 'project', 8)],
    topics: [['economic-responsibility', '经济责任审计', '被审计领导干部'], ['investment-audit', '政府投资审计', '建设单位'], ['policy-tracking', '政策落实跟踪审计', '被审计单位']],
    duty: '负责全县审计监督工作，对财政收支、政府投资项目和领导干部经济责任进行审计。',
  },
  {
    slug: 'statistics', pattern: '{c}统计局', category: '政府部门',
    leaves: [L('2010501', '行政运行', 'basic', 40), L('2010505', '专项统计业务', 'project', 15), L('2010507', '专项普查活动', 'project', 15), L('2010599', '其他统计信息事务支出', 'project', 5)],
    topics: [['census', '经济普查', '普查对象'], ['sample-survey', '住户抽样调查', '调查户'], ['data-quality', '统计数据质量核查', '统计调查对象']],
    duty: '负责全县统计调查、统计监督和统计信息发布，组织实施各项普查。',
  },
  {
    slug: 'market-regulation', pattern: '{c}市场监督管理局', category: '政府部门',
    leaves: [L('2013801', '行政运行', 'basic', 40), L('2013802', '一般行政管理事务', 'project', 20), L('2013812', '药品事务', 'project', 8), L('2013816', '食品安全监管', 'project', 12), L('2013899', '其他市场监督管理事务', 'project', 6)],
    topics: [['food-safety', '食品安全抽检', '消费者'], ['drug-safety', '药品安全监管', '用药群众'], ['special-equipment', '特种设备安全监察', '使用单位'], ['consumer-rights', '消费者权益保护', '消费者']],
    duty: '负责全县市场综合监督管理，承担食品、药品、特种设备安全监管和消费者权益保护。',
  },
  {
    slug: 'education', pattern: '{c}教育局', category: '政府部门',
    leaves: [L('2050101', '行政运行', 'basic', 12), L('2050102', '一般行政管理事务', 'project', 8), L('2050201', '学前教育', 'both', 20, true), L('2050202', '小学教育', 'both', 40, true), L('2050203', '初中教育', 'both', 30, true), L('2050299', '其他普通教育支出', 'project', 8)],
    topics: [['student-aid', '学生资助', '受助学生'], ['school-safety', '校园安全', '在校师生'], ['teacher-training', '教师培训', '参训教师'], ['nutrition', '农村义务教育学生营养改善', '受益学生'], ['school-buildings', '校舍维修改造', '在校师生']],
    duty: '负责全县教育事业发展规划和各级各类学校管理，保障义务教育均衡发展。',
  },
  {
    slug: 'health', pattern: '{c}卫生健康局', category: '政府部门',
    leaves: [L('2100101', '行政运行', 'basic', 20), L('2100102', '一般行政管理事务', 'project', 10), L('2100401', '疾病预防控制机构', 'both', 20, true), L('2100408', '基本公共卫生服务', 'project', 30), L('2100409', '重大公共卫生服务', 'project', 12), L('2100199', '其他卫生健康管理事务支出', 'project', 5)],
    topics: [['public-health', '基本公共卫生服务', '城乡居民'], ['disease-control', '重大疾病防控', '重点人群'], ['family-doctor', '家庭医生签约服务', '签约居民'], ['maternal-child', '妇幼健康服务', '孕产妇和儿童']],
    duty: '负责全县卫生健康事业发展，组织实施基本公共卫生服务和重大疾病防控。',
  },
  {
    slug: 'agriculture', pattern: '{c}农业农村局', category: '政府部门',
    leaves: [L('2130101', '行政运行', 'basic', 20), L('2130102', '一般行政管理事务', 'project', 10), L('2130104', '事业运行', 'basic', 20, true), L('2130108', '病虫害控制', 'project', 8), L('2130122', '农业生产发展', 'project', 25), L('2130199', '其他农业农村支出', 'project', 8)],
    topics: [['high-standard-farmland', '高标准农田建设', '项目区农户'], ['pest-control', '农作物病虫害防治', '种植户'], ['seed-industry', '种业振兴', '育种企业'], ['animal-epidemic', '动物疫病防控', '养殖户'], ['rural-toilets', '农村人居环境整治', '农村居民']],
    duty: '负责全县农业农村发展规划、粮食生产、农业产业发展和乡村振兴工作。',
  },
  {
    slug: 'water', pattern: '{c}水利局', category: '政府部门',
    leaves: [L('2130301', '行政运行', 'basic', 25), L('2130302', '一般行政管理事务', 'project', 10), L('2130304', '水利行业业务管理', 'project', 10), L('2130306', '水利工程运行与维护', 'project', 25), L('2130399', '其他水利支出', 'project', 10)],
    topics: [['reservoir-safety', '小型水库安全运行', '下游群众'], ['rural-water', '农村供水保障', '农村居民'], ['river-chief', '河长制工作', '沿河群众'], ['flood-control', '山洪灾害防治', '受威胁群众']],
    duty: '负责全县水资源管理、水利工程建设运行和防汛抗旱工作。',
  },
  {
    slug: 'forestry', pattern: '{c}林业局', category: '政府部门',
    leaves: [L('2130201', '行政运行', 'basic', 25), L('2130204', '事业机构', 'basic', 20, true), L('2130205', '森林资源培育', 'project', 25), L('2130299', '其他林业和草原支出', 'project', 10)],
    topics: [['forest-fire', '森林防灭火', '林区群众'], ['afforestation', '国土绿化', '项目区群众'], ['forest-pests', '林业有害生物防治', '林农'], ['ecological-rangers', '生态护林员管理', '生态护林员']],
    duty: '负责全县林业资源保护发展、国土绿化和森林防灭火工作。',
  },
  {
    slug: 'culture-tourism', pattern: '{c}文化和旅游局', category: '政府部门',
    leaves: [L('2070101', '行政运行', 'basic', 25), L('2070102', '一般行政管理事务', 'project', 10), L('2070104', '图书馆', 'both', 12, true), L('2070109', '群众文化', 'project', 15), L('2070199', '其他文化和旅游支出', 'project', 10)],
    topics: [['public-culture', '公共文化服务', '城乡居民'], ['heritage', '文物保护', '参观群众'], ['tourism-promotion', '旅游宣传推介', '游客'], ['rural-cinema', '农村公益电影放映', '农村群众']],
    duty: '负责全县文化事业、文化产业和旅游业发展，管理文物保护和公共文化服务。',
  },
  {
    slug: 'civil-affairs', pattern: '{c}民政局', category: '政府部门',
    leaves: [L('2080201', '行政运行', 'basic', 20), L('2080202', '一般行政管理事务', 'project', 10), L('2080208', '基层政权建设和社区治理', 'project', 12), L('2081001', '儿童福利', 'project', 10), L('2081002', '老年福利', 'project', 20), L('2080299', '其他民政管理事务支出', 'project', 6)],
    topics: [['elderly-care', '居家养老服务', '老年人'], ['child-welfare', '困境儿童保障', '困境儿童'], ['community-governance', '城乡社区治理', '社区居民'], ['subsistence', '城乡低保', '低保对象']],
    duty: '负责全县社会救助、养老服务、儿童福利、社区治理和社会组织管理。',
  },
  {
    slug: 'human-resources', pattern: '{c}人力资源和社会保障局', category: '政府部门',
    leaves: [L('2080101', '行政运行', 'basic', 30), L('2080102', '一般行政管理事务', 'project', 15), L('2080109', '社会保险经办机构', 'both', 15, true), L('2080199', '其他人力资源和社会保障管理事务支出', 'project', 8)],
    topics: [['employment-service', '就业创业服务', '求职人员'], ['skill-training', '职业技能培训', '参训劳动者'], ['wage-arrears', '根治欠薪', '农民工'], ['social-insurance', '社会保险经办', '参保群众']],
    duty: '负责全县就业创业、社会保险、人事人才和劳动关系工作。',
  },
  {
    slug: 'public-security', pattern: '{c}公安局', category: '政府部门',
    leaves: [L('2040201', '行政运行', 'basic', 45), L('2040202', '一般行政管理事务', 'project', 15), L('2040219', '信息化建设', 'project', 10), L('2040220', '执法办案', 'project', 15), L('2040299', '其他公安支出', 'project', 8)],
    topics: [['traffic-safety', '道路交通安全管理', '道路交通参与者'], ['anti-fraud', '反电信网络诈骗', '城乡居民'], ['skynet', '社会治安视频监控运维', '城乡居民'], ['household-registration', '户政管理', '办事群众']],
    duty: '负责全县社会治安管理、刑事案件侦办、道路交通管理和户政管理。',
  },
  {
    slug: 'justice', pattern: '{c}司法局', category: '政府部门',
    leaves: [L('2040601', '行政运行', 'basic', 35), L('2040602', '一般行政管理事务', 'project', 15), L('2040604', '基层司法业务', 'project', 12), L('2040610', '社区矫正', 'project', 10), L('2040699', '其他司法支出', 'project', 6)],
    topics: [['legal-aid', '法律援助', '受援群众'], ['law-popularization', '普法宣传', '城乡居民'], ['mediation', '人民调解', '纠纷当事人'], ['community-correction', '社区矫正', '社区矫正对象']],
    duty: '负责全县法治建设、普法宣传、人民调解、法律援助和社区矫正工作。',
  },
  {
    slug: 'housing-construction', pattern: '{c}住房和城乡建设局', category: '政府部门',
    leaves: [L('2120101', '行政运行', 'basic', 25), L('2120102', '一般行政管理事务', 'project', 15), L('2120104', '城管执法', 'project', 10), L('2120399', '其他城乡社区公共设施支出', 'project', 25), L('2120199', '其他城乡社区管理事务支出', 'project', 8)],
    topics: [['old-communities', '老旧小区改造', '小区居民'], ['building-safety', '房屋安全排查', '房屋使用人'], ['municipal-maintenance', '市政设施维护', '城区居民'], ['construction-safety', '建筑施工安全监管', '施工企业']],
    duty: '负责全县城乡建设、住房保障、建筑市场和市政公用设施管理。',
  },
  {
    slug: 'transport', pattern: '{c}交通运输局', category: '政府部门',
    leaves: [L('2140101', '行政运行', 'basic', 20), L('2140102', '一般行政管理事务', 'project', 10), L('2140104', '公路建设', 'project', 25), L('2140106', '公路养护', 'project', 25), L('2140199', '其他公路水路运输支出', 'project', 8)],
    topics: [['rural-roads', '农村公路养护', '沿线群众'], ['bridge-safety', '危桥改造', '通行群众'], ['bus-service', '城乡客运', '乘客'], ['road-safety', '公路安全生命防护工程', '道路使用者']],
    duty: '负责全县公路建设养护、道路运输管理和交通运输安全监管。',
  },
  {
    slug: 'ecology-environment', pattern: '{c}生态环境局', category: '政府部门',
    leaves: [L('2110101', '行政运行', 'basic', 30), L('2110102', '一般行政管理事务', 'project', 15), L('2110104', '生态环境保护宣传', 'project', 6), L('2110301', '大气', 'project', 12), L('2110302', '水体', 'project', 12), L('2110199', '其他环境保护管理事务支出', 'project', 5)],
    topics: [['air-quality', '大气污染防治', '城乡居民'], ['water-quality', '水污染防治', '流域群众'], ['environment-monitoring', '生态环境监测', '社会公众'], ['soil-protection', '土壤污染防治', '农户']],
    duty: '负责全县生态环境保护、污染防治、环境监测和环境执法。',
  },
  {
    slug: 'natural-resources', pattern: '{c}自然资源局', category: '政府部门',
    leaves: [L('2200101', '行政运行', 'basic', 30), L('2200102', '一般行政管理事务', 'project', 15), L('2200106', '自然资源利用与保护', 'project', 20), L('2200199', '其他自然资源事务支出', 'project', 8)],
    topics: [['spatial-planning', '国土空间规划编制', '社会公众'], ['land-survey', '国土变更调查', '权利人'], ['geohazard', '地质灾害防治', '受威胁群众'], ['real-estate-registration', '不动产登记', '办事群众']],
    duty: '负责全县自然资源调查监测、国土空间规划、耕地保护和不动产登记。',
  },
  {
    slug: 'emergency', pattern: '{c}应急管理局', category: '政府部门',
    leaves: [L('2240101', '行政运行', 'basic', 30), L('2240102', '一般行政管理事务', 'project', 15), L('2240106', '安全监管', 'project', 15), L('2240199', '其他应急管理支出', 'project', 8)],
    topics: [['safety-inspection', '安全生产执法检查', '生产经营单位'], ['emergency-supplies', '应急物资储备', '受灾群众'], ['disaster-relief', '自然灾害救助', '受灾群众'], ['emergency-drill', '应急演练', '参演人员']],
    duty: '负责全县应急管理、安全生产监督管理和防灾减灾救灾工作。',
  },
  {
    slug: 'veterans', pattern: '{c}退役军人事务局', category: '政府部门',
    leaves: [L('2082801', '行政运行', 'basic', 35), L('2082802', '一般行政管理事务', 'project', 15), L('2082850', '事业运行', 'basic', 10, true), L('2082899', '其他退役军人事务管理支出', 'project', 10)],
    topics: [['veterans-service', '退役军人服务站运行', '退役军人'], ['preferential-care', '优抚对象帮扶', '优抚对象'], ['martyrs-memorial', '烈士纪念设施维护', '瞻仰群众']],
    duty: '负责全县退役军人思想政治、安置就业、优抚褒扬和服务保障工作。',
  },
  {
    slug: 'medical-security', pattern: '{c}医疗保障局', category: '政府部门',
    leaves: [L('2101501', '行政运行', 'basic', 35), L('2101502', '一般行政管理事务', 'project', 15), L('2101550', '事业运行', 'basic', 12, true), L('2101599', '其他医疗保障管理事务支出', 'project', 8)],
    topics: [['fund-supervision', '医保基金监管', '参保群众'], ['medical-assistance', '医疗救助', '救助对象'], ['insurance-enrolment', '城乡居民医保参保', '参保群众']],
    duty: '负责全县医疗保障制度实施、医保基金监管和医疗救助工作。',
  },
  {
    slug: 'science-technology', pattern: '{c}科学技术局', category: '政府部门',
    leaves: [L('2060101', '行政运行', 'basic', 35), L('2060102', '一般行政管理事务', 'project', 20), L('2060199', '其他科学技术管理事务支出', 'project', 15)],
    topics: [['tech-enterprises', '科技型企业培育', '科技企业'], ['science-popularization', '科学普及', '城乡居民'], ['rural-tech', '农村科技特派员', '服务农户']],
    duty: '负责全县科技创新、科技成果转化和科学技术普及工作。',
  },
  {
    slug: 'people-congress', pattern: '{c}人大常委会办公室', category: '人大政协',
    leaves: [L('2010101', '行政运行', 'basic', 40), L('2010102', '一般行政管理事务', 'project', 15), L('2010104', '人大会议', 'project', 10), L('2010108', '代表工作', 'project', 10), L('2010199', '其他人大事务支出', 'project', 5)],
    topics: [['congress-session', '人民代表大会会议', '人大代表'], ['deputies-work', '代表履职服务', '人大代表'], ['supervision-inspection', '执法检查', '被检查单位']],
    duty: '负责县人大常委会日常工作，服务人民代表大会会议和人大代表依法履职。',
  },
  {
    slug: 'cppcc', pattern: '中国人民政治协商会议{c}委员会办公室', category: '人大政协',
    leaves: [L('2010201', '行政运行', 'basic', 40), L('2010202', '一般行政管理事务', 'project', 15), L('2010204', '政协会议', 'project', 10), L('2010205', '委员视察', 'project', 8), L('2010299', '其他政协事务支出', 'project', 5)],
    topics: [['cppcc-session', '政协全体会议', '政协委员'], ['members-inspection', '委员视察调研', '政协委员'], ['proposals', '提案办理', '提案委员']],
    duty: '负责县政协日常工作，组织政治协商、民主监督和参政议政活动。',
  },
  {
    slug: 'youth-league', pattern: '共青团{c}委员会', category: '群团组织',
    leaves: [L('2012901', '行政运行', 'basic', 45), L('2012902', '一般行政管理事务', 'project', 20), L('2012999', '其他群众团体事务支出', 'project', 10)],
    topics: [['youth-volunteers', '青年志愿服务', '青年志愿者'], ['hope-project', '希望工程助学', '受助学生'], ['youth-entrepreneurship', '青年创业帮扶', '创业青年']],
    duty: '负责全县共青团工作，组织青年志愿服务，维护青少年合法权益。',
  },
];

export const CLASS_NAMES: Record<string, string> = {
  '201': '一般公共服务支出', '204': '公共安全支出', '205': '教育支出', '206': '科学技术支出', '207': '文化旅游体育与传媒支出',
  '208': '社会保障和就业支出', '210': '卫生健康支出', '211': '节能环保支出', '212': '城乡社区支出', '213': '农林水支出',
  '214': '交通运输支出', '220': '自然资源海洋气象等支出', '221': '住房保障支出', '224': '灾害防治及应急管理支出',
};

export const SECTION_NAMES: Record<string, string> = {
  '20101': '人大事务', '20102': '政协事务', '20103': '政府办公厅（室）及相关机构事务', '20104': '发展与改革事务', '20105': '统计信息事务',
  '20106': '财政事务', '20108': '审计事务', '20111': '纪检监察事务', '20129': '群众团体事务', '20132': '组织事务', '20133': '宣传事务',
  '20138': '市场监督管理事务', '20402': '公安', '20406': '司法', '20501': '教育管理事务', '20502': '普通教育', '20601': '科学技术管理事务',
  '20701': '文化和旅游', '20801': '人力资源和社会保障管理事务', '20802': '民政管理事务', '20805': '行政事业单位养老支出',
  '20810': '社会福利', '20828': '退役军人管理事务', '21001': '卫生健康管理事务', '21004': '公共卫生', '21011': '行政事业单位医疗',
  '21015': '医疗保障管理事务', '21101': '环境保护管理事务', '21103': '污染防治', '21201': '城乡社区管理事务', '21203': '城乡社区公共设施',
  '21301': '农业农村', '21302': '林业和草原', '21303': '水利', '21305': '巩固脱贫攻坚成果衔接乡村振兴', '21401': '公路水路运输',
  '22001': '自然资源事务', '22102': '住房改革支出', '22401': '应急管理事务',
};

/** Lines every department has: pensions, medical insurance, housing fund (all 基本支出). */
export const COMMON_LEAVES: readonly Leaf[] = [
  L('2080501', '行政单位离退休', 'basic', 4),
  L('2080505', '机关事业单位基本养老保险缴费支出', 'basic', 6),
  L('2080506', '机关事业单位职业年金缴费支出', 'basic', 3),
  L('2101101', '行政单位医疗', 'basic', 3),
  L('2210201', '住房公积金', 'basic', 5),
];

/** Optional extra project lines some departments carry. */
export const EXTRA_LEAVES: readonly Leaf[] = [
  L('2130599', '其他巩固脱贫攻坚成果衔接乡村振兴支出', 'project', 10),
  L('2070199', '其他文化和旅游支出', 'project', 4),
  L('2101103', '公务员医疗补助', 'basic', 1),
  L('2120399', '其他城乡社区公共设施支出', 'project', 6),
];

export interface EconomicLine {
  readonly code: string;
  readonly name: string;
  readonly column: 'personnel' | 'public';
  readonly weight: number;
}

export const ECONOMIC_CLASSES: Record<string, string> = {
  '301': '工资福利支出', '302': '商品和服务支出', '303': '对个人和家庭的补助', '310': '资本性支出',
};

/** Economic lines filled from the remainder of 基本支出 after the lines linked to functional codes. */
export const ECONOMIC_FREE: readonly EconomicLine[] = [
  { code: '30101', name: '基本工资', column: 'personnel', weight: 22 },
  { code: '30102', name: '津贴补贴', column: 'personnel', weight: 20 },
  { code: '30103', name: '奖金', column: 'personnel', weight: 12 },
  { code: '30107', name: '绩效工资', column: 'personnel', weight: 8 },
  { code: '30112', name: '其他社会保障缴费', column: 'personnel', weight: 1 },
  { code: '30199', name: '其他工资福利支出', column: 'personnel', weight: 2 },
  { code: '30201', name: '办公费', column: 'public', weight: 3 },
  { code: '30202', name: '印刷费', column: 'public', weight: 0.6 },
  { code: '30205', name: '水费', column: 'public', weight: 0.3 },
  { code: '30206', name: '电费', column: 'public', weight: 0.8 },
  { code: '30207', name: '邮电费', column: 'public', weight: 0.5 },
  { code: '30211', name: '差旅费', column: 'public', weight: 1.5 },
  { code: '30213', name: '维修（护）费', column: 'public', weight: 0.8 },
  { code: '30215', name: '会议费', column: 'public', weight: 0.3 },
  { code: '30216', name: '培训费', column: 'public', weight: 0.5 },
  { code: '30226', name: '劳务费', column: 'public', weight: 0.8 },
  { code: '30228', name: '工会经费', column: 'public', weight: 0.9 },
  { code: '30229', name: '福利费', column: 'public', weight: 0.6 },
  { code: '30239', name: '其他交通费用', column: 'public', weight: 2.2 },
  { code: '30299', name: '其他商品和服务支出', column: 'public', weight: 1 },
  { code: '30307', name: '医疗费补助', column: 'personnel', weight: 0.4 },
  { code: '30399', name: '其他对个人和家庭的补助', column: 'personnel', weight: 0.6 },
  { code: '31002', name: '办公设备购置', column: 'public', weight: 0.7 },
];

/** Projects every kind of department runs: [slug, 名称, 服务对象]. */
export const GENERAL_TOPICS: ReadonlyArray<readonly [string, string, string]> = [
  ['operations', '机关运转保障', '机关干部职工'], ['it-systems', '信息化建设运维', '系统使用人员'], ['archives', '档案数字化', '档案利用者'],
  ['party-affairs', '机关党建', '机关党员'], ['training', '业务能力培训', '参训人员'], ['publicity', '政策宣传', '社会公众'],
  ['inspection', '督查督办', '被督查单位'], ['security', '安全保卫', '机关干部职工'], ['canteen', '机关食堂运行', '就餐人员'],
  ['vehicles', '公务用车运行', '机关干部职工'], ['rural-revitalization', '驻村帮扶', '帮扶村群众'], ['letters-visits', '信访维稳', '来访群众'],
  ['legal-counsel', '法律顾问服务', '机关干部职工'], ['rented-offices', '办公用房租赁', '机关干部职工'], ['equipment', '办公设备更新', '机关干部职工'],
  ['statistics-reporting', '统计报表', '填报单位'], ['research', '专题调研', '调研对象'], ['pairing-aid', '东西部协作', '协作地区群众'],
  ['confidentiality', '保密工作', '涉密人员'], ['volunteer', '志愿服务', '服务对象'], ['data-sharing', '政务数据共享', '共享单位'],
  ['property-management', '物业管理', '机关干部职工'], ['retirees', '离退休干部服务', '离退休干部'], ['women-children', '妇女儿童工作', '妇女儿童'],
  ['safety-production', '安全生产', '机关干部职工'], ['performance-management', '预算绩效管理', '预算单位'], ['procurement', '政府采购管理', '采购单位'],
  ['audit-rectification', '审计整改', '被审计单位'], ['energy', '公共机构节能', '机关干部职工'], ['hotline-response', '热线诉求办理', '来电群众'],
  ['grid-governance', '网格化管理', '辖区居民'], ['epidemic', '公共卫生应急处置', '城乡居民'], ['festival', '节日慰问', '慰问对象'],
  ['disability', '残疾人帮扶', '残疾人'], ['ethnic-unity', '民族团结进步创建', '各族群众'], ['anti-corruption', '廉政建设', '机关党员'],
  ['civil-servants', '公务员管理', '公务员'], ['social-stability', '社会稳定风险评估', '评估对象'], ['green-office', '节约型机关创建', '机关干部职工'],
  ['supervision', '行政执法监督', '执法单位'],
];

export const PROJECT_SUFFIXES = ['经费', '专项经费', '工作经费', '项目', '补助资金'] as const;
export const PROJECT_CATEGORIES = ['一般性项目', '行政专项', '重点专项', '民生保障', '基础设施'] as const;

export const QUANTITY_UNITS = [['次', 4, 40], ['人次', 50, 3000], ['个', 3, 60], ['场', 2, 30], ['份', 100, 5000], ['户', 30, 2000], ['期', 2, 12], ['项', 2, 20]] as const;

export const QUALITATIVE_TARGETS = ['明显提升', '有效保障', '逐步改善', '持续加强', '显著增强', '进一步提高', '稳步推进'] as const;
export const QUALITATIVE_ACTUALS = ['达到预期', '基本达到预期', '已完成', '效果明显', '有效保障'] as const;

export const SOCIAL_BENEFITS = ['服务质量', '群众获得感', '工作效率', '社会知晓率', '规范化水平', '保障能力', '治理水平'] as const;
export const SUSTAINABLE = ['长效机制', '制度建设', '持续发挥作用年限', '队伍稳定性'] as const;

export const FILLER_SENTENCES: readonly string[] = [
  '坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，认真落实县委、县政府决策部署。',
  '严格执行预算管理制度，坚持厉行节约、勤俭办事，从严控制一般性支出，把有限的资金用在刀刃上。',
  '进一步健全内部控制制度，规范资金审批流程，确保财政资金使用安全、规范、有效。',
  '围绕中心、服务大局，统筹推进各项重点工作，切实提升履职能力和服务水平。',
  '加强预算绩效管理，做到预算编制有目标、执行有监控、完成有评价、结果有应用。',
  '持续深化“放管服”改革，优化办事流程，提高群众满意度和获得感。',
  '落实过紧日子要求，压减非刚性、非重点支出，保障基本民生和重点项目支出需要。',
  '加强干部队伍建设，开展业务培训和作风建设，提升依法行政水平。',
  '完善资产管理制度，做好资产登记、使用、处置等环节管理，防止国有资产流失。',
  '及时公开预算、决算信息，主动接受人大监督、审计监督和社会监督。',
];

export const GLOSSARY: ReadonlyArray<readonly [string, string, string]> = [
  ['fiscal-grant-income', '财政拨款收入', '指本年度从本级财政部门取得的财政拨款，包括一般公共预算财政拨款和政府性基金预算财政拨款。'],
  ['business-income', '事业收入', '指事业单位开展专业业务活动及辅助活动所取得的收入。'],
  ['other-income', '其他收入', '指单位取得的除“财政拨款收入”、“事业收入”、“经营收入”等以外的收入。'],
  ['carryover', '上年结转', '指以前年度尚未完成、结转到本年按有关规定继续使用的资金。'],
  ['basic-expenditure', '基本支出', '指为保障机构正常运转、完成日常工作任务而发生的人员经费和公用经费。'],
  ['project-expenditure', '项目支出', '指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。'],
  ['three-public-expenses', '“三公”经费', '指用一般公共预算财政拨款安排的因公出国（境）费、公务用车购置及运行维护费、公务接待费。'],
  ['operating-costs', '机关运行经费', '指为保障行政单位（含参照公务员法管理的事业单位）运行用于购买货物和服务的各项资金。'],
];
