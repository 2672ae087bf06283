"""Checks of the identifiers applicants give at the counter, with messages a clerk can act on.

- 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-character set; the 18th is a check
  character computed from the first 17.
- 公民身份号码 (GB 11643-1999): 17 digits (address code, date of birth, order code) and a check
  character (0–9 or X) by ISO 7064 MOD 11-2.
"""

from __future__ import annotations

import re
from datetime import date

from app.errors import InvalidInput
from app.messages import msg

CREDIT_CODE_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"  # no I, O, Z, S, V
CREDIT_CODE_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
ID_CARD_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
ID_CARD_CHECK = "10X98765432"

_MOBILE = re.compile(r"^1[3-9]\d{9}$")
_LANDLINE = re.compile(r"^0\d{2,3}-?\d{7,8}(-\d{1,6})?$")
_SERVICE = re.compile(r"^(400|800)-?\d{3}-?\d{4}$")


def credit_code_check_character(first17: str) -> str:
    total = sum(CREDIT_CODE_CHARSET.index(c) * w for c, w in zip(first17, CREDIT_CODE_WEIGHTS, strict=True))
    return CREDIT_CODE_CHARSET[(31 - total % 31) % 31]


def check_credit_code(value: str, field: str = "applicant_id_code") -> str:
    """The normalised code, or InvalidInput saying exactly what is wrong."""
    code = value.strip().upper().replace(" ", "")
    if len(code) != 18:
        raise InvalidInput(
            msg("统一社会信用代码应为18位，您输入了{count}位，请核对。", count=len(code)), field=field
        )
    for position, char in enumerate(code, start=1):
        if char not in CREDIT_CODE_CHARSET:
            raise InvalidInput(
                msg(
                    "统一社会信用代码第{position}位“{char}”不是有效字符"
                    "（代码中不使用字母 I、O、Z、S、V），请核对。",
                    position=position,
                    char=char,
                ),
                field=field,
            )
    expected = credit_code_check_character(code[:17])
    if code[17] != expected:
        raise InvalidInput(msg("统一社会信用代码校验位不正确，请核对第18位。"), field=field)
    return code


def id_card_check_character(first17: str) -> str:
    return ID_CARD_CHECK[sum(int(c) * w for c, w in zip(first17, ID_CARD_WEIGHTS, strict=True)) % 11]


def check_id_card(value: str, field: str = "applicant_id_code") -> str:
    number = value.strip().upper().replace(" ", "")
    if len(number) != 18:
        raise InvalidInput(
            msg("公民身份号码应为18位，您输入了{count}位，请核对。", count=len(number)), field=field
        )
    if not number[:17].isdigit():
        raise InvalidInput(msg("公民身份号码前17位应为数字，请核对。"), field=field)
    if number[17] not in "0123456789X":
        raise InvalidInput(msg("公民身份号码第18位应为数字或字母X，请核对。"), field=field)
    try:
        birth = date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        raise InvalidInput(msg("公民身份号码第7至14位的出生日期无效，请核对。"), field=field) from None
    if birth > date.today() or birth.year < 1900:
        raise InvalidInput(msg("公民身份号码中的出生日期不合理，请核对第7至14位。"), field=field)
    if number[17] != id_card_check_character(number[:17]):
        raise InvalidInput(msg("公民身份号码校验位不正确，请核对第18位。"), field=field)
    return number


def check_phone(value: str, field: str = "applicant_phone") -> str:
    phone = value.strip().replace(" ", "")
    if not phone:
        return ""
    if _MOBILE.match(phone) or _LANDLINE.match(phone) or _SERVICE.match(phone):
        return phone
    raise InvalidInput(
        msg("联系电话格式不正确：手机号为11位数字，固定电话请写区号，如 0731-82212041。"), field=field
    )
