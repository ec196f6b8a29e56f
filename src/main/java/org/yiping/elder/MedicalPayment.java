package org.yiping.elder;

/** GB/T 42195 A.2.12 医疗费用支付方式 (several may apply). */
public enum MedicalPayment implements ChineseLabelled {
  URBAN_EMPLOYEE("城镇职工基本医疗保险"),
  RESIDENT("城乡居民基本医疗保险"),
  SELF_PAID("自费"),
  CIVIL_SERVANT("公务员补助"),
  ENTERPRISE_SUPPLEMENTARY("企业补充保险"),
  PUBLIC("公费医疗及医疗照顾对象"),
  MEDICAL_AID("医疗救助"),
  CRITICAL_ILLNESS("大病保险");

  private final String chinese;

  MedicalPayment(String chinese) {
    this.chinese = chinese;
  }

  @Override
  public String chinese() {
    return chinese;
  }
}
